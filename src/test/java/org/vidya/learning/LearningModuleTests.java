package org.vidya.learning;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.LessonOutline;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/** The learning module's events, each published with the state change it announces. */
@ApiTest
@EnableScenarios
class LearningModuleTests {

    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    TestTenant school;
    Person learner;
    CourseOutline course;

    @BeforeEach
    void aLearnerAndACourse() {
        school = data.tenant();
        learner = data.member(school, Role.LEARNER);
        course = courses.publish(TenantId.PLATFORM, "Scenario course", 1, 1);
    }

    @Test
    void publishesLearnerEnrolledWhenALearnerEnrolls(Scenario scenario) {
        // The scenario's transaction starts in the learner's tenant, as a request's would.
        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> enrollments.enroll(learner.id(), course.id()))
                .andWaitForEventOfType(LearnerEnrolled.class)
                .matching(e -> e.learner().equals(learner.id()) && e.course().equals(course.id())
                        && e.source() == EnrollmentSource.SELF && e.tenant().equals(school.id()))
                .toArriveAndVerify((event, enrollment) -> assertThat(event.enrollment()).isEqualTo(enrollment)));
    }

    @Test
    void publishesLessonCompletedWithTheCompletion(Scenario scenario) {
        enrollments.enroll(school, learner, course.id());
        LessonOutline lesson = course.lessons().get(0);

        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> enrollments.complete(school, learner, course.id(),
                        lesson.id()))
                .andWaitForEventOfType(LessonCompleted.class)
                .matching(e -> e.learner().equals(learner.id()) && e.lesson().equals(lesson.id())
                        && e.module().equals(lesson.module()) && e.tenant().equals(school.id()))
                .toArrive());
    }

    @Test
    void publishesModuleCompletedWhenTheModulesLastLessonIsCompleted(Scenario scenario) {
        enrollments.enroll(school, learner, course.id());
        LessonOutline lesson = course.lessons().get(0);

        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> enrollments.complete(school, learner, course.id(),
                        lesson.id()))
                .andWaitForEventOfType(ModuleCompleted.class)
                .matching(e -> e.learner().equals(learner.id()) && e.module().equals(lesson.module()))
                .toArrive());
    }

    @Test
    void publishesCourseCompletedWhenTheLastLessonIsCompleted(Scenario scenario) {
        EnrollmentId enrollment = enrollments.enroll(school, learner, course.id());

        Tenancy.runAs(school.id(), () -> scenario.stimulate(() -> enrollments.complete(school, learner, course.id(),
                        course.lessons().get(0).id()))
                .andWaitForEventOfType(CourseCompleted.class)
                .matching(e -> e.learner().equals(learner.id()) && e.course().equals(course.id())
                        && e.enrollment().equals(enrollment))
                .toArrive());
    }
}
