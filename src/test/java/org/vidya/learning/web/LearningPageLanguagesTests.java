package org.vidya.learning.web;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseOutline;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/** Every learning page renders in every language with no message missing, one h1, and labelled fields. */
@ApiTest
class LearningPageLanguagesTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    @ParameterizedTest
    @ValueSource(strings = {"en", "hi", "km"})
    void everyLearningPageIsCompleteInEachLanguage(String language) throws Exception {
        TestTenant company = data.tenant("Polyglot Co " + TestData.suffix(), TenantType.ENTERPRISE);
        Person person = data.member(company, "Poly Glot", Role.LEARNER, Role.TEACHER, Role.TEAM_MANAGER);
        Person learner = data.member(company, "Lee Learner", Role.LEARNER);
        UUID classId = data.schoolClass(company, learner);
        data.inClass(company, classId, person, ClassMember.ClassRole.TEACHER);
        UUID team = data.team(company, "Polyglots", person, learner);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Languages", 1, 2);
        CourseOutline other = courses.publish(TenantId.PLATFORM, "Not yet", 1, 1);
        enrollments.enroll(company, person, course.id());
        enrollments.assignToClass(company, classId, course.id(), person);

        List<String> pages = List.of("/learning", "/courses/" + course.id(), "/courses/" + other.id(),
                "/learning/classes/" + classId, "/learning/teams/" + team);
        for (String path : pages) {
            check(path, language, html(mvc.perform(get(path).param("lang", language).with(as(person)))
                    .andExpect(status().isOk()).andReturn()), true);
        }
        String lesson = "/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id();
        check(lesson, language, html(mvc.perform(get(lesson).param("lang", language).with(as(person)))
                .andExpect(status().isOk()).andReturn()), false);
    }

    private static void check(String path, String language, Document page, boolean layout) {
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
        assertThat(page.html()).as(path).doesNotContain("??");
        assertThat(page.select("main h1")).as(path).hasSize(1);
        if (layout) {
            assertThat(page.select("main section")).as("one section per page: " + path).hasSize(1);
        }
        page.select("main input:not([type=hidden]), main select, main textarea").forEach(field ->
                assertThat(page.select("label[for=" + field.id() + "]")).as(path + " label for #" + field.id())
                        .isNotEmpty());
    }
}
