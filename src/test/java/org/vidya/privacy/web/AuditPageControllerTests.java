package org.vidya.privacy.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vidya.organization.TenantType;
import org.vidya.organization.web.OrganizationPages;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.organization.web.OrganizationPages.as;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(OrganizationPages.class)
class AuditPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired OrganizationPages pages;
    @Autowired AuditLog log;

    @Test
    void listsTheTenantsSignInsAndMemberChangesButNoOtherTenantsEntries() throws Exception {
        TenantId school = pages.tenant("Cedar School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Cora Admin", Role.ORG_ADMIN);
        VidyaPrincipal learner = pages.member(school, "Cyrus Learner", Role.LEARNER);
        TenantId other = pages.tenant("Pine School", TenantType.SCHOOL);
        VidyaPrincipal otherAdmin = pages.member(other, "Pavan Admin", Role.ORG_ADMIN);
        VidyaPrincipal otherLearner = pages.member(other, "Pooja Learner", Role.LEARNER);

        log.record(AuditRecord.success(school, learner.userId(), "auth.sign-in", "user", learner.userId(), "password"));
        log.record(AuditRecord.success(other, otherLearner.userId(), "auth.sign-in", "user", otherLearner.userId(),
                "password"));
        addMember(admin, "Cedar Newcomer");
        addMember(otherAdmin, "Pine Newcomer");

        Document page = page(get("/admin/audit").with(as(admin)));

        assertThat(page.select("[data-testid=audit-event]").eachAttr("data-action"))
                .containsExactly("member.added", "auth.sign-in");
        String table = page.select("[data-testid=audit-events]").text();
        assertThat(table).contains(admin.email(), learner.userId().toString(), "Success", "roles learner");
        assertThat(table).doesNotContain(otherAdmin.email(), otherLearner.userId().toString());
        assertThat(page.select("[data-testid=admin-nav] a[aria-current=page]").text()).isEqualTo("Audit log");
    }

    @Test
    void filtersByActorActionOutcomeAndDay() throws Exception {
        TenantId school = pages.tenant("Birch School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Bea Admin", Role.ORG_ADMIN);
        VidyaPrincipal learner = pages.member(school, "Ben Learner", Role.LEARNER);
        log.record(AuditRecord.success(school, learner.userId(), "auth.sign-in", "user", learner.userId(), ""));
        log.record(AuditRecord.denied(school, learner.userId(), "auth.sign-in", "user", learner.userId(), "locked"));
        addMember(admin, "Birch Newcomer");

        assertThat(actions(page(get("/admin/audit").param("action", "auth.sign-in").with(as(admin)))))
                .containsExactly("auth.sign-in", "auth.sign-in");
        assertThat(page(get("/admin/audit").param("outcome", "DENIED").with(as(admin)))
                .select("[data-testid=audit-event]").text()).contains("Denied", "locked");
        assertThat(actions(page(get("/admin/audit").param("actor", admin.userId().toString()).with(as(admin)))))
                .containsExactly("member.added");
        assertThat(actions(page(get("/admin/audit").param("from", "2000-01-01").param("to", "2000-01-31")
                .with(as(admin))))).isEmpty();
    }

    @Test
    void pagesOlderEntriesWithACursor() throws Exception {
        TenantId school = pages.tenant("Maple School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Mia Admin", Role.ORG_ADMIN);
        for (int i = 0; i < 53; i++) {
            log.record(AuditRecord.success(school, admin.userId(), "class.created", "class", "c" + i, "Class " + i));
        }

        Document newest = page(get("/admin/audit").with(as(admin)));
        assertThat(newest.select("[data-testid=audit-event]")).hasSize(50);
        assertThat(newest.select("[data-testid=audit-event]").first().text()).contains("Class 52");
        String older = newest.select("[data-testid=audit-older]").attr("href");

        Document rest = page(get(older).with(as(admin)));
        assertThat(rest.select("[data-testid=audit-event]")).hasSize(3);
        assertThat(rest.select("[data-testid=audit-event]").last().text()).contains("Class 0");
        assertThat(rest.select("[data-testid=audit-older]")).isEmpty();
    }

    @Test
    void showsWhichFilterIsWrong() throws Exception {
        TenantId school = pages.tenant("Oak School", TenantType.SCHOOL);
        VidyaPrincipal admin = pages.member(school, "Oli Admin", Role.ORG_ADMIN);

        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").param("actor", "someone").param("from", "yesterday")
                .with(as(admin))).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#actor").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#actor-error").text()).isNotBlank();
        assertThat(page.select("#from-error").text()).isNotBlank();
        assertThat(page.select("#actor").val()).isEqualTo("someone");
    }

    @Test
    void refusesATeacher() throws Exception {
        TenantId school = pages.tenant("Elm School", TenantType.SCHOOL);
        VidyaPrincipal teacher = pages.member(school, "Eli Teacher", Role.TEACHER);

        mvc.perform(get("/admin/audit").param("actor", "bad").accept(MediaType.TEXT_HTML).with(as(teacher)))
                .andExpect(status().isForbidden());
    }

    private void addMember(VidyaPrincipal admin, String name) throws Exception {
        mvc.perform(post("/admin/members").with(csrf()).with(as(admin)).param("email", OrganizationPages.email(name))
                .param("displayName", name).param("roles", "learner")).andExpect(status().is3xxRedirection());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private static java.util.List<String> actions(Document page) {
        return page.select("[data-testid=audit-event]").eachAttr("data-action");
    }
}
