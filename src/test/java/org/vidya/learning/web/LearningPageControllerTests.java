package org.vidya.learning.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonOutline;
import org.vidya.learning.LearningCourses;
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.platform.web.Notice;
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

/** The course page, the immersive lesson view and "My learning" as a learner uses them. */
@ApiTest
class LearningPageControllerTests {

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
    void theCoursePageShowsTheCourseItsLessonsAndAnEnrollButton() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Page course", 2, 2);

        Document page = html(mvc.perform(get("/courses/" + course.id()).with(as(learner)))
                .andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=course-title]").text()).startsWith("Page course");
        assertThat(page.select("[data-testid=course-description]").text()).contains("one small step at a time");
        assertThat(page.select("[data-testid=course-meta]").text()).contains("Beginner", "Testing", "4 lessons");
        assertThat(page.select("[data-testid=lesson]")).hasSize(4);
        assertThat(page.select("[data-testid=lesson]").first().text()).contains("Lesson 1.1", "Concept intro", "10 min");
        assertThat(page.select("[data-testid=lesson] a")).as("lessons open once enrolled").isEmpty();
        assertThat(page.select("[data-testid=enroll-form] button").text()).isEqualTo("Enroll in this course");
        assertThat(page.select("[data-testid=enroll-form] input[name=key]")).isEmpty();
        assertThat(page.select("nav.mainnav")).isNotEmpty();
    }

    @Test
    void enrollingFromTheCoursePageLeadsToTheFirstLessonAndShowsProgress() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Enroll here", 1, 3);

        mvc.perform(post("/courses/" + course.id() + "/enroll").with(as(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/courses/" + course.id()));
        enrollments.complete(school, learner, course.id(), course.lessons().get(0).id());

        Document page = html(mvc.perform(get("/courses/" + course.id()).with(as(learner)))
                .andExpect(status().isOk()).andReturn());
        assertThat(page.select("[data-testid=enroll]")).isEmpty();
        assertThat(page.select("[data-testid=percent]").text()).isEqualTo("33% complete");
        assertThat(page.select("[data-testid=continue]").attr("href"))
                .isEqualTo("/courses/" + course.id() + "/lessons/" + course.lessons().get(1).id());
        assertThat(page.select("[data-testid=lesson-done]")).hasSize(1);
        assertThat(page.select("[data-testid=lesson] a")).hasSize(3);
        assertThat(page.select("[data-testid=deadline]").text()).contains("No deadline");
    }

    @Test
    void aKeyCourseAsksForItsKeyAndSaysWhenItIsWrong() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = LearningCourses.publish(courses, school.id(), "Locked", EnrollmentPolicy.KEY, false,
                "open-sesame", 1, 1);

        Document form = html(mvc.perform(get("/courses/" + course.id()).with(as(learner))).andReturn());
        assertThat(form.select("[data-testid=enroll-form] input[name=key]")).hasSize(1);
        assertThat(form.select("label[for=key]").text()).isEqualTo("Enrollment key");

        Document wrong = html(mvc.perform(post("/courses/" + course.id() + "/enroll").param("key", "guess")
                .with(as(learner)).with(csrf())).andExpect(status().isForbidden()).andReturn());
        assertThat(wrong.select("#key-error").text()).isEqualTo("That key does not open this course.");
        assertThat(wrong.select("#key").attr("aria-invalid")).isEqualTo("true");
        Document missing = html(mvc.perform(post("/courses/" + course.id() + "/enroll").param("key", "")
                .with(as(learner)).with(csrf())).andExpect(status().isBadRequest()).andReturn());
        assertThat(missing.select("#key-error").text()).isEqualTo("This is required.");

        mvc.perform(post("/courses/" + course.id() + "/enroll").param("key", "open-sesame").with(as(learner))
                .with(csrf())).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAssignedOnlyCourseTellsTheLearnerWhoEnrollsThem() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = LearningCourses.publish(courses, school.id(), "Teacher's choice",
                EnrollmentPolicy.ASSIGNED, false, null, 1, 1);

        Document page = html(mvc.perform(get("/courses/" + course.id()).with(as(learner))).andReturn());

        assertThat(page.select("[data-testid=assigned-only]").text()).contains("enrolls you");
        assertThat(page.select("[data-testid=enroll-form]")).isEmpty();
    }

    @Test
    void aLessonIsForEnrolledLearnersOthersAreSentToTheCoursePage() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Closed door", 1, 2);
        String lesson = "/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id();

        MvcResult redirect = mvc.perform(get(lesson).with(as(learner)))
                .andExpect(redirectedUrl("/courses/" + course.id())).andReturn();
        assertThat(redirect.getFlashMap().get(Notice.FLASH)).isEqualTo(Notice.of("learning.notice.enrollFirst"));
        mvc.perform(get("/courses/" + course.id() + "/lessons/" + UUID.randomUUID()).with(as(learner))
                .accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        assertThat(data.jdbc().queryForObject("select count(*) from learning_lesson_progress where learner_id = ?",
                Long.class, learner.id().value())).isZero();
    }

    @Test
    void theLessonViewIsImmersiveWithBreadcrumbProgressAndNeighbours() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Immersive", 2, 2);
        enrollments.enroll(school, learner, course.id());
        List<LessonOutline> lessons = course.lessons();
        enrollments.complete(school, learner, course.id(), lessons.get(0).id());

        Document page = html(mvc.perform(get("/courses/" + course.id() + "/lessons/" + lessons.get(2).id())
                .with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("nav.mainnav")).as("no main navigation").isEmpty();
        assertThat(page.select("body.immersive")).hasSize(1);
        assertThat(page.select("main#lesson")).hasSize(1);
        assertThat(page.select("header")).hasSize(1);
        assertThat(page.select("[data-testid=breadcrumb] li").eachText())
                .containsExactly(course.summary().title(), course.modules().get(1).title(), "Lesson 2.1");
        assertThat(page.select("[data-testid=breadcrumb] li[aria-current=page]").text()).isEqualTo("Lesson 2.1");
        assertThat(page.select("[data-testid=close]").attr("href")).isEqualTo("/courses/" + course.id());
        assertThat(page.select("progress").attr("value")).isEqualTo("25");
        assertThat(page.select("[data-testid=position]").text()).isEqualTo("Lesson 3 of 4");
        assertThat(page.select("a[rel=prev]").attr("href"))
                .isEqualTo("/courses/" + course.id() + "/lessons/" + lessons.get(1).id());
        assertThat(page.select("a[rel=next]").attr("href"))
                .isEqualTo("/courses/" + course.id() + "/lessons/" + lessons.get(3).id());
        assertThat(page.select("[data-testid=complete]").text()).isEqualTo("Mark complete and continue");
        assertThat(page.select("[data-testid=keys-hint]").text()).contains("←", "→", "j", "k");
        assertThat(page.select(".lesson-blocks .block-code code").text()).contains("print(\"step 2.1\")");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/learning.js");
        assertThat(page.select("script:not([src])")).as("no inline script").isEmpty();
        assertThat(page.select("[data-lesson-progress]").attr("data-progress-url"))
                .isEqualTo("/courses/" + course.id() + "/lessons/" + lessons.get(2).id() + "/progress");
        assertThat(page.select("[data-lesson-progress]").attr("data-csrf-token")).isNotBlank();
        // Opening the lesson started it.
        assertThat(data.jdbc().queryForObject("select count(*) from learning_lesson_progress where learner_id = ?"
                + " and lesson_id = ?", Long.class, learner.id().value(), lessons.get(2).id().value())).isEqualTo(1);
    }

    @Test
    void theFirstLessonHasNoPreviousAndTheLastNoNext() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Ends", 1, 2);
        enrollments.enroll(school, learner, course.id());

        Document first = html(mvc.perform(get("/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id())
                .with(as(learner))).andReturn());
        Document last = html(mvc.perform(get("/courses/" + course.id() + "/lessons/" + course.lessons().get(1).id())
                .with(as(learner))).andReturn());

        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.select("a[rel=next]")).hasSize(1);
        assertThat(last.select("a[rel=next]")).isEmpty();
        assertThat(last.select("[data-testid=complete]").text()).isEqualTo("Mark complete and finish");
    }

    @Test
    void markCompleteAndContinueGoesToTheNextLessonAndFinallyBackToTheCourse() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Walk through", 1, 2);
        enrollments.enroll(school, learner, course.id());
        String base = "/courses/" + course.id() + "/lessons/";

        mvc.perform(post(base + course.lessons().get(0).id() + "/complete").with(as(learner)).with(csrf()))
                .andExpect(redirectedUrl(base + course.lessons().get(1).id()));
        MvcResult done = mvc.perform(post(base + course.lessons().get(1).id() + "/complete").with(as(learner))
                .with(csrf())).andExpect(redirectedUrl("/courses/" + course.id())).andReturn();

        assertThat(((Notice) done.getFlashMap().get(Notice.FLASH)).key()).isEqualTo("learning.notice.courseCompleted");
        Document page = html(mvc.perform(get("/courses/" + course.id()).with(as(learner))).andReturn());
        assertThat(page.select("[data-testid=percent]").text()).isEqualTo("100% complete");
        assertThat(page.select("[data-testid=course-completed]")).hasSize(1);
    }

    @Test
    void theLessonPageReportsTimeThroughItsOwnEndpoint() throws Exception {
        TestTenant school = data.tenant();
        Person learner = data.member(school, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Timed", 1, 1);
        enrollments.enroll(school, learner, course.id());
        String lesson = "/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id();
        mvc.perform(get(lesson).with(as(learner))).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(40));

        mvc.perform(post(lesson + "/progress").param("event", "heartbeat").param("seconds", "30").with(as(learner))
                .with(csrf())).andExpect(status().isNoContent());
        mvc.perform(post(lesson + "/progress").param("event", "heartbeat").param("seconds", "30").with(as(learner)))
                .andExpect(status().isForbidden());
        mvc.perform(post(lesson + "/progress").param("event", "complete").with(as(learner)).with(csrf()))
                .andExpect(status().isBadRequest());

        assertThat(data.jdbc().queryForObject("select seconds_spent from learning_lesson_progress where learner_id = ?",
                Integer.class, learner.id().value())).isEqualTo(30);
    }

    @Test
    void myLearningListsAssignedOngoingAndCompletedCourses() throws Exception {
        TestTenant school = data.tenant("My School " + TestData.suffix(), TenantType.SCHOOL);
        Person learner = data.member(school, Role.LEARNER);
        Person teacher = data.member(school, Role.TEACHER);
        UUID classId = data.schoolClass(school, learner);
        data.inClass(school, classId, teacher, ClassMember.ClassRole.TEACHER);
        CourseOutline assigned = courses.publish(TenantId.PLATFORM, "Assigned one", 1, 2);
        CourseOutline ongoing = courses.publish(TenantId.PLATFORM, "My own", 1, 2);
        CourseOutline finished = courses.publish(TenantId.PLATFORM, "Finished", 1, 1);
        enrollments.assignToClass(school, classId, assigned.id(), teacher);
        enrollments.enroll(school, learner, ongoing.id());
        enrollments.enroll(school, learner, finished.id());
        enrollments.complete(school, learner, finished.id(), finished.lessons().get(0).id());
        clock.advance(Duration.ofDays(15));

        Document page = html(mvc.perform(get("/learning").with(as(learner))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=assigned-course]")).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("Assigned one", "Given to your class", "Due date set by your teacher",
                    "Overdue");
            assertThat(e.hasClass("is-overdue")).isTrue();
        });
        assertThat(page.select("[data-testid=ongoing-course]")).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("My own", "0% complete", "No deadline");
            assertThat(e.select("[data-testid=continue]").text()).isEqualTo("Start the course");
        });
        assertThat(page.select("[data-testid=ongoing-course] [data-testid=target-form]")).as("not in a school").isEmpty();
        assertThat(page.select("[data-testid=completed-course]").text()).contains("Finished", "100% complete");
        assertThat(page.select("[data-testid=my-classes]")).isEmpty();
    }

    @Test
    void aProfessionalSetsATargetDateOnMyLearning() throws Exception {
        TestTenant company = data.tenant("Pro Co " + TestData.suffix(), TenantType.ENTERPRISE);
        Person engineer = data.member(company, Role.LEARNER);
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Career move", 1, 2);
        String id = enrollments.enroll(company, engineer, course.id()).toString();
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();

        Document before = html(mvc.perform(get("/learning").with(as(engineer))).andReturn());
        assertThat(before.select("[data-testid=target-form]")).hasSize(1);
        assertThat(before.select("[data-testid=ongoing-course]").text()).contains("Your own target date",
                "No target date set yet");

        mvc.perform(post("/learning/enrollments/" + id + "/deadline").param("targetDate", date).with(as(engineer))
                .with(csrf())).andExpect(redirectedUrl("/learning"));
        Document after = html(mvc.perform(get("/learning").with(as(engineer))).andReturn());
        assertThat(after.select("[data-testid=target-form] input[type=date]").attr("value")).isEqualTo(date);

        MvcResult past = mvc.perform(post("/learning/enrollments/" + id + "/deadline").param("targetDate", "2001-01-01")
                .with(as(engineer)).with(csrf())).andExpect(redirectedUrl("/learning")).andReturn();
        assertThat(((Notice) past.getFlashMap().get(Notice.FAILURE)).key()).isEqualTo("learning.error.in-the-past");
    }

    @Test
    void aTeacherFindsTheirClassesOnMyLearning() throws Exception {
        TestTenant school = data.tenant();
        Person teacher = data.member(school, Role.TEACHER);
        UUID classId = data.schoolClass(school, "Grade 6 – Page");
        data.inClass(school, classId, teacher, ClassMember.ClassRole.TEACHER);

        Document page = html(mvc.perform(get("/learning").with(as(teacher))).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[data-testid=my-classes] a").attr("href")).isEqualTo("/learning/classes/" + classId);
        assertThat(page.select("[data-testid=my-classes] a").text()).isEqualTo("Grade 6 – Page");
    }

    @Test
    void parentsHaveNoLearningPage() throws Exception {
        Person parent = data.member(data.tenant(), Role.PARENT);

        mvc.perform(get("/learning").with(as(parent)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
    }
}
