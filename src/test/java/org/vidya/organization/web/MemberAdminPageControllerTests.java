package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.Membership;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.organization.web.OrganizationPages.as;
import static org.vidya.organization.web.OrganizationPages.fragment;
import static org.vidya.organization.web.OrganizationPages.html;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganizationPages.class)
class MemberAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationPages pages;

    @Test
    void refusesATeacherWithTheForbiddenPage() throws Exception {
        TenantId school = pages.tenant("Gulmohar School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Tej Teacher", Role.TEACHER);

        MvcResult result = mvc.perform(get("/admin/members").accept(MediaType.TEXT_HTML).with(as(teacher)))
                .andExpect(status().isForbidden()).andReturn();

        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(html(result).select("h1").text()).isEqualTo("Not allowed");
        mvc.perform(post("/admin/members").with(csrf()).with(as(teacher)).accept(MediaType.TEXT_HTML)
                .param("email", "x@example.org").param("displayName", "X").param("roles", "learner"))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesAnHtmxRequestWithAProblem() throws Exception {
        TenantId school = pages.tenant("Ashoka School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Uma Teacher", Role.TEACHER);
        VidyaPrincipal learner = pages.member(school, "Vik Learner", Role.LEARNER);

        MvcResult result = mvc.perform(post("/admin/members/{id}/remove", learner.userId().value()).with(csrf())
                .with(as(teacher)).header("HX-Request", "true")).andExpect(status().isForbidden()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void listsMembersFilteredByRoleAndPagedByCursor() throws Exception {
        TenantId school = pages.tenant("Sal School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Sara Admin", Role.ORG_ADMIN);
        for (int i = 0; i < 52; i++) {
            pages.member(school, "Learner " + i, Role.LEARNER);
        }
        pages.member(school, "Pia Parent", Role.PARENT);

        Document first = html(mvc.perform(get("/admin/members").param("role", "learner").with(as(admin)))
                .andExpect(status().isOk()).andReturn());
        assertThat(first.select("[data-testid=member-row]")).hasSize(50);
        assertThat(first.select("[data-testid=member-row] form[hx-post][hx-target='closest tr']")).hasSize(150);
        assertThat(first.select("body").attr("hx-headers")).contains("X-CSRF-TOKEN");
        assertThat(first.select("[data-testid=members]").text()).doesNotContain("Pia Parent", "Sara Admin");
        String next = first.select("[data-testid=next-page]").attr("href");
        assertThat(next).contains("role=learner", "cursor=");

        Document second = html(mvc.perform(get(next).with(as(admin))).andExpect(status().isOk()).andReturn());
        assertThat(second.select("[data-testid=member-row]")).hasSize(2);
        assertThat(second.select("[data-testid=next-page]")).isEmpty();
    }

    @Test
    void addsAMemberAndShowsFieldErrorsOnABadForm() throws Exception {
        TenantId school = pages.tenant("Jamun School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Jaya Admin", Role.ORG_ADMIN);

        Document invalid = html(mvc.perform(post("/admin/members").with(csrf()).with(as(admin))
                .param("email", "not-an-address").param("displayName", "Kavi"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(invalid.select("#email-error").text()).isNotBlank();
        assertThat(invalid.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(invalid.select("#displayName").val()).isEqualTo("Kavi");

        Document noRole = html(mvc.perform(post("/admin/members").with(csrf()).with(as(admin))
                .param("email", "kavi@jamun.example.org").param("displayName", "Kavi"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(noRole.select("#roles-error").text()).contains("at least one role");

        mvc.perform(post("/admin/members").with(csrf()).with(as(admin)).param("email", "kavi@jamun.example.org")
                .param("displayName", "Kavi").param("roles", "learner").param("roles", "parent"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("notice", new Notice("org.members.added", "Kavi")));
        assertThat(pages.isMember(school, "kavi@jamun.example.org")).isTrue();

        Document again = html(mvc.perform(post("/admin/members").with(csrf()).with(as(admin))
                .param("email", "kavi@jamun.example.org").param("displayName", "Kavi").param("roles", "learner"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(again.select("[data-testid=form-errors]").text()).contains("already a member");
    }

    @Test
    void suspendsAndRemovesWithHtmxSwappingTheRow() throws Exception {
        TenantId school = pages.tenant("Arjun School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Ravi Admin", Role.ORG_ADMIN);
        VidyaPrincipal learner = pages.member(school, "Sona Learner", Role.LEARNER);
        String membershipId = html(mvc.perform(get("/admin/members").with(as(admin))).andReturn())
                .select("[data-testid=member-row]:contains(Sona Learner)").attr("id").substring("member-".length());

        Document row = fragment(mvc.perform(post("/admin/members/{id}/status", membershipId).param("status", "SUSPENDED")
                .with(csrf()).with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(row.select("tr[data-testid=member-row]").text()).contains("Sona Learner", "Suspended");
        assertThat(row.select("[data-testid=member-status]").text()).isEqualTo("Reactivate");
        assertThat(row.select("#live-status").attr("hx-swap-oob")).isEqualTo("innerHTML");
        assertThat(pages.membershipStatus(school, learner.userId())).isEqualTo(Membership.Status.SUSPENDED);

        Document roles = fragment(mvc.perform(post("/admin/members/{id}/roles", membershipId).param("roles", "learner")
                .param("roles", "parent").with(csrf()).with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn());
        assertThat(roles.select("tr .badge").eachText()).contains("Learner", "Parent");

        Document removed = fragment(mvc.perform(post("/admin/members/{id}/remove", membershipId).with(csrf())
                .with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(removed.select("tr")).isEmpty();
        assertThat(removed.select("#live-status").text()).contains("Sona Learner");
        assertThat(pages.membershipStatus(school, learner.userId())).isNull();
    }

    @Test
    void refusesToSuspendYourselfWithAMessageAfterTheRedirect() throws Exception {
        TenantId school = pages.tenant("Ber School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Bina Admin", Role.ORG_ADMIN);
        pages.member(school, "Other Admin", Role.ORG_ADMIN);
        String mine = html(mvc.perform(get("/admin/members").with(as(admin))).andReturn())
                .select("[data-testid=member-row]:contains(Bina Admin)").attr("id").substring("member-".length());

        mvc.perform(post("/admin/members/{id}/status", mine).param("status", "SUSPENDED").with(csrf())
                .with(as(admin))).andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("failure", "You cannot suspend yourself."));
        assertThat(pages.membershipStatus(school, admin.userId())).isEqualTo(Membership.Status.ACTIVE);
    }

}
