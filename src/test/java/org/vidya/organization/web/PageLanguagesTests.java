package org.vidya.organization.web;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.support.PageTest;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/** Every page renders in every language with no message missing, and keeps its landmarks and labels. */
@PageTest
class PageLanguagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void everyPageIsCompleteInEachLanguage(String language) throws Exception {
        TestTenant school = data.tenant("Polyglot School", TenantType.SCHOOL, 30);
        Person admin = data.member(school, "Polly Admin", Role.ORG_ADMIN, Role.TEACHER, Role.PARENT,
                Role.TEAM_MANAGER);
        Person learner = data.member(school, "Lee Learner", Role.LEARNER);
        UUID grade = data.schoolClass(school, "Grade 1 – A");
        data.inClass(school, grade, admin, ClassMember.ClassRole.TEACHER);
        data.inClass(school, grade, learner, ClassMember.ClassRole.LEARNER);
        UUID team = data.team(school, "Staff", admin, learner);
        data.pendingGuardianLink(school, admin, learner);
        Person platform = data.platformAdmin("Pat Platform");

        List<String> adminPages = List.of("/", "/classes", "/classes/" + grade, "/teams", "/teams/" + team,
                "/children", "/admin/members", "/admin/classes", "/admin/classes/" + grade, "/admin/teams",
                "/admin/teams/" + team, "/admin/invitations", "/admin/guardians", "/admin/import",
                "/admin/settings", "/admin/audit");
        for (String path : adminPages) {
            check(path, language, html(mvc.perform(get(path).param("lang", language).with(as(admin)))
                    .andExpect(status().isOk()).andReturn()));
        }
        check("/platform/tenants", language, html(mvc.perform(get("/platform/tenants").param("lang", language)
                .with(as(platform))).andExpect(status().isOk()).andReturn()));
    }

    private static void check(String path, String language, Document page) {
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
        assertThat(page.html()).as(path).doesNotContain("??");
        assertThat(page.select("main h1")).as(path).hasSize(1);
        assertThat(page.select("main section")).as("one section per page: " + path).hasSize(1);
        page.select("main input:not([type=hidden]):not([type=checkbox]), main select, main textarea").forEach(field ->
                assertThat(page.select("label[for=" + field.id() + "]")).as(path + " label for #" + field.id())
                        .isNotEmpty());
        page.select("main input[type=checkbox]").forEach(box ->
                assertThat(box.parent().tagName()).as(path + " checkbox inside its label").isEqualTo("label"));
    }
}
