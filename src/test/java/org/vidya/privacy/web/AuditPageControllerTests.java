package org.vidya.privacy.web;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

@PageTest
class AuditPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired AuditLog log;

    @Test
    void listsTheTenantsSignInsAndMemberChangesButNoOtherTenantsEntries() throws Exception {
        TestTenant school = data.tenant("Cedar School", TenantType.SCHOOL);
        Person admin = data.member(school, "Cora Admin", Role.ORG_ADMIN);
        Person learner = data.member(school, "Cyrus Learner", Role.LEARNER);
        TestTenant other = data.tenant("Pine School", TenantType.SCHOOL);
        Person otherAdmin = data.member(other, "Pavan Admin", Role.ORG_ADMIN);
        Person otherLearner = data.member(other, "Pooja Learner", Role.LEARNER);

        log.record(AuditRecord.success(school.id(), learner.id(), "auth.sign-in", "user", learner.id(), "password"));
        log.record(AuditRecord.success(other.id(), otherLearner.id(), "auth.sign-in", "user", otherLearner.id(),
                "password"));
        addMember(admin, "Cedar Newcomer");
        addMember(otherAdmin, "Pine Newcomer");

        Document page = page(get("/admin/audit").with(as(admin)));

        assertThat(page.select("[data-testid=audit-event]").eachAttr("data-action"))
                .containsExactly("member.added", "auth.sign-in");
        String table = page.select("[data-testid=audit-events]").text();
        assertThat(table).contains(admin.email(), learner.id().toString(), "Success", "roles learner");
        assertThat(table).doesNotContain(otherAdmin.email(), otherLearner.id().toString());
        assertThat(page.select("[data-testid=admin-nav] a[aria-current=page]").text()).isEqualTo("Audit log");
    }

    @Test
    void filtersByActorActionOutcomeAndDay() throws Exception {
        TestTenant school = data.tenant("Birch School", TenantType.SCHOOL);
        Person admin = data.member(school, "Bea Admin", Role.ORG_ADMIN);
        Person learner = data.member(school, "Ben Learner", Role.LEARNER);
        log.record(AuditRecord.success(school.id(), learner.id(), "auth.sign-in", "user", learner.id(), ""));
        log.record(AuditRecord.denied(school.id(), learner.id(), "auth.sign-in", "user", learner.id(), "locked"));
        addMember(admin, "Birch Newcomer");

        assertThat(actions(page(get("/admin/audit").param("action", "auth.sign-in").with(as(admin)))))
                .containsExactly("auth.sign-in", "auth.sign-in");
        assertThat(page(get("/admin/audit").param("outcome", "DENIED").with(as(admin)))
                .select("[data-testid=audit-event]").text()).contains("Denied", "locked");
        assertThat(actions(page(get("/admin/audit").param("actor", admin.id().toString()).with(as(admin)))))
                .containsExactly("member.added");
        log.record(AuditRecord.failure(school.id(), learner.id(), "auth.sign-in", "user", learner.id(), "wrong")
                .withActorEmail(learner.email()));
        assertThat(actions(page(get("/admin/audit").param("actor", learner.email().toUpperCase())
                .with(as(admin))))).containsExactly("auth.sign-in");
        assertThat(actions(page(get("/admin/audit").param("from", "2000-01-01").param("to", "2000-01-31")
                .with(as(admin))))).isEmpty();
    }

    @Test
    void pagesOlderEntriesWithACursor() throws Exception {
        TestTenant school = data.tenant("Maple School", TenantType.SCHOOL);
        Person admin = data.member(school, "Mia Admin", Role.ORG_ADMIN);
        for (int i = 0; i < 53; i++) {
            log.record(AuditRecord.success(school.id(), admin.id(), "class.created", "class", "c" + i, "Class " + i));
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
        TestTenant school = data.tenant("Oak School", TenantType.SCHOOL);
        Person admin = data.member(school, "Oli Admin", Role.ORG_ADMIN);

        Document page = html(mvc.perform(get("/admin/audit").param("actor", "someone").param("from", "yesterday")
                .with(as(admin))).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#actor").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#actor-error").text()).isNotBlank();
        assertThat(page.select("#from-error").text()).isNotBlank();
        assertThat(page.select("#actor").val()).isEqualTo("someone");
    }

    @Test
    void refusesATeacher() throws Exception {
        TestTenant school = data.tenant("Elm School", TenantType.SCHOOL);
        Person teacher = data.member(school, "Eli Teacher", Role.TEACHER);

        mvc.perform(get("/admin/audit").param("actor", "bad").accept(MediaType.TEXT_HTML).with(as(teacher)))
                .andExpect(status().isForbidden());
    }

    private void addMember(Person admin, String name) throws Exception {
        mvc.perform(post("/admin/members").with(csrf()).with(as(admin)).param("email", TestData.email(name))
                .param("displayName", name).param("roles", "learner")).andExpect(status().is3xxRedirection());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return html(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    private static java.util.List<String> actions(Document page) {
        return page.select("[data-testid=audit-event]").eachAttr("data-action");
    }
}
