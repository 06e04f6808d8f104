package org.vidya.organization.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.Membership;
import org.vidya.platform.Role;
import org.vidya.platform.web.Notice;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.fragment;
import static org.vidya.support.Pages.html;

@PageTest
class MemberAdminPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @Test
    void refusesATeacherWithTheForbiddenPage() throws Exception {
        TestTenant school = data.tenant("Gulmohar School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Tej Teacher", Role.TEACHER);

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
        TestTenant school = data.tenant("Ashoka School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Uma Teacher", Role.TEACHER);
        Person learner = data.member(school, "Vik Learner", Role.LEARNER);

        MvcResult result = mvc.perform(post("/admin/members/{id}/remove", learner.id().value()).with(csrf())
                .with(as(teacher)).header("HX-Request", "true")).andExpect(status().isForbidden()).andReturn();

        assertThat(result.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void listsMembersFilteredByRoleAndPagedByCursor() throws Exception {
        TestTenant school = data.tenant("Sal School", TenantType.SCHOOL);
        Person admin = data.member(school, "Sara Admin", Role.ORG_ADMIN);
        for (int i = 0; i < 52; i++) {
            data.member(school, "Learner " + i, Role.LEARNER);
        }
        data.member(school, "Pia Parent", Role.PARENT);

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
        TestTenant school = data.tenant("Jamun School", TenantType.SCHOOL);
        Person admin = data.member(school, "Jaya Admin", Role.ORG_ADMIN);

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
        assertThat(data.isMember(school, "kavi@jamun.example.org")).isTrue();

        Document again = html(mvc.perform(post("/admin/members").with(csrf()).with(as(admin))
                .param("email", "kavi@jamun.example.org").param("displayName", "Kavi").param("roles", "learner"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(again.select("[data-testid=form-errors]").text()).contains("already a member");
    }

    @Test
    void suspendsAndRemovesWithHtmxSwappingTheRow() throws Exception {
        TestTenant school = data.tenant("Arjun School", TenantType.SCHOOL);
        Person admin = data.member(school, "Ravi Admin", Role.ORG_ADMIN);
        Person learner = data.member(school, "Sona Learner", Role.LEARNER);
        String membershipId = html(mvc.perform(get("/admin/members").with(as(admin))).andReturn())
                .select("[data-testid=member-row]:contains(Sona Learner)").attr("id").substring("member-".length());

        Document row = fragment(mvc.perform(post("/admin/members/{id}/status", membershipId).param("status", "SUSPENDED")
                .with(csrf()).with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(row.select("tr[data-testid=member-row]").text()).contains("Sona Learner", "Suspended");
        assertThat(row.select("[data-testid=member-status]").text()).isEqualTo("Reactivate");
        assertThat(row.select("#live-status").attr("hx-swap-oob")).isEqualTo("innerHTML");
        assertThat(data.membershipStatus(school, learner)).isEqualTo(Membership.Status.SUSPENDED);

        Document roles = fragment(mvc.perform(post("/admin/members/{id}/roles", membershipId).param("roles", "learner")
                .param("roles", "parent").with(csrf()).with(as(admin)).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn());
        assertThat(roles.select("tr .badge").eachText()).contains("Learner", "Parent");

        Document removed = fragment(mvc.perform(post("/admin/members/{id}/remove", membershipId).with(csrf())
                .with(as(admin)).header("HX-Request", "true")).andExpect(status().isOk()).andReturn());
        assertThat(removed.select("tr")).isEmpty();
        assertThat(removed.select("#live-status").text()).contains("Sona Learner");
        assertThat(data.membershipStatus(school, learner)).isNull();
    }

    @Test
    void refusesToSuspendYourselfWithAMessageAfterTheRedirect() throws Exception {
        TestTenant school = data.tenant("Ber School", TenantType.SCHOOL);
        Person admin = data.member(school, "Bina Admin", Role.ORG_ADMIN);
        data.member(school, "Other Admin", Role.ORG_ADMIN);
        String mine = html(mvc.perform(get("/admin/members").with(as(admin))).andReturn())
                .select("[data-testid=member-row]:contains(Bina Admin)").attr("id").substring("member-".length());

        mvc.perform(post("/admin/members/{id}/status", mine).param("status", "SUSPENDED").with(csrf())
                .with(as(admin))).andExpect(redirectedUrl("/admin/members"))
                .andExpect(flash().attribute("failure", "You cannot suspend yourself."));
        assertThat(data.membershipStatus(school, admin)).isEqualTo(Membership.Status.ACTIVE);
    }

}
