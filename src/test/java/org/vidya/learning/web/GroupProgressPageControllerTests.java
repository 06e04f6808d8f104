package org.vidya.learning.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.vidya.catalog.CourseOutline;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.vidya.support.Pages.as;
import static org.vidya.support.Pages.html;

/** A manager's team progress page (overdue learners first) and a teacher's class page. */
@ApiTest
class GroupProgressPageControllerTests {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theTeamProgressPageListsOverdueMembersFirst() throws Exception {
        TestTenant company = data.tenant("Team Co " + TestData.suffix(), TenantType.ENTERPRISE);
        Person manager = data.member(company, "Maya Manager", Role.TEAM_MANAGER);
        Person aaron = data.member(company, "Aaron Ahead", Role.LEARNER);
        Person zoe = data.member(company, "Zoe Zero", Role.LEARNER);
        UUID team = data.team(company, "Data Platform", manager, aaron, zoe);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Team course", 1, 2);
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(3).toString();

        mvc.perform(post("/learning/teams/" + team + "/assignments").param("courseId", course.id().toString())
                .param("dueDate", date).with(as(manager)).with(csrf()))
                .andExpect(redirectedUrl("/learning/teams/" + team));
        enrollments.complete(company, aaron, course.id(), course.lessons().get(0).id());
        enrollments.complete(company, aaron, course.id(), course.lessons().get(1).id());
        enrollments.complete(company, zoe, course.id(), course.lessons().get(0).id());
        clock.advance(Duration.ofDays(5));

        Document page = html(mvc.perform(get("/learning/teams/" + team).with(as(manager)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("h1").text()).isEqualTo("Team progress: Data Platform");
        assertThat(page.select("[data-testid=course-progress] h2").text()).startsWith("Team course");
        assertThat(page.select("[data-testid=overdue-count]").text()).isEqualTo("1 overdue");
        assertThat(page.select("[data-testid=learner-name]").eachText()).containsExactly("Zoe Zero", "Aaron Ahead");
        assertThat(page.select("[data-testid=learner-row]").get(0).hasClass("is-overdue")).isTrue();
        assertThat(page.select("[data-testid=learner-row]").get(0).text()).contains("50% complete", "Overdue");
        assertThat(page.select("[data-testid=learner-row]").get(1).text()).contains("100% complete", "Completed");
        assertThat(page.select("[data-testid=assign-form] select[name=courseId] option").eachAttr("value"))
                .contains(course.id().toString());
    }

    @Test
    void aTeacherEnrollsTheClassFromItsPageAndSyncsLatecomers() throws Exception {
        TestTenant school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        Person first = data.member(school, "First Learner", Role.LEARNER);
        UUID classId = data.schoolClass(school, first);
        data.inClass(school, classId, teacher, ClassMember.ClassRole.TEACHER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Class page course", 1, 1);

        mvc.perform(post("/learning/classes/" + classId + "/assignments").param("courseId", course.id().toString())
                .param("dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString()).with(as(teacher)).with(csrf()))
                .andExpect(redirectedUrl("/learning/classes/" + classId));
        data.inClass(school, classId, data.member(school, "Late Learner", Role.LEARNER), ClassMember.ClassRole.LEARNER);

        Document page = html(mvc.perform(get("/learning/classes/" + classId).with(as(teacher)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=learner-row]").text()).contains("Late Learner", "Not enrolled yet");
        String sync = page.select("[data-testid=sync-form]").attr("action");

        mvc.perform(post(sync).with(as(teacher)).with(csrf())).andExpect(redirectedUrl("/learning/classes/" + classId));
        Document after = html(mvc.perform(get("/learning/classes/" + classId).with(as(teacher))).andReturn());
        assertThat(after.select("[data-testid=learner-status]").text()).doesNotContain("Not enrolled yet");
        assertThat(after.select("[data-testid=sync-form]")).isEmpty();
    }

    @Test
    void aDueDateInThePastIsExplainedOnTheForm() throws Exception {
        TestTenant school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        UUID classId = data.schoolClass(school, data.member(school, Role.LEARNER));
        data.inClass(school, classId, teacher, ClassMember.ClassRole.TEACHER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Past due", 1, 1);

        Document page = html(mvc.perform(post("/learning/classes/" + classId + "/assignments")
                .param("courseId", course.id().toString()).param("dueDate", "2001-02-03").with(as(teacher))
                .with(csrf())).andExpect(status().isBadRequest()).andReturn());

        assertThat(page.select("#dueAt-error").text()).isEqualTo("Choose a date in the future.");
        assertThat(page.select("#dueDate").attr("value")).isEqualTo("2001-02-03");
        assertThat(page.select("[data-testid=form-errors]")).hasSize(1);
        Document noDate = html(mvc.perform(post("/learning/classes/" + classId + "/assignments")
                .param("courseId", course.id().toString()).with(as(teacher)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(noDate.select("#dueAt-error").text()).isEqualTo("This is required.");
        assertThat(data.jdbc().queryForObject("select count(*) from learning_course_assignment where class_id = ?",
                Long.class, classId)).isZero();
    }

    @Test
    void anotherTeachersClassIsForbidden() throws Exception {
        TestTenant school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        UUID classId = data.schoolClass(school, data.member(school, Role.LEARNER));

        mvc.perform(get("/learning/classes/" + classId).with(as(teacher)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        mvc.perform(get("/learning/classes/" + classId).with(as(data.member(school, Role.LEARNER)))
                .accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
    }
}
