package org.vidya.coursework.demo;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.coursework.SubmissionGraded;
import org.vidya.coursework.domain.Assignments;
import org.vidya.coursework.domain.SubmissionAttempts;
import org.vidya.coursework.domain.Submissions;
import org.vidya.identity.IdentityManagement;
import org.vidya.learning.LearningManagement;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo coursework in a school of its own (the demo school's courses and people, made here):
 * two published assignments, four hand-ins with one grade released (and published as an event),
 * one late; seeding again adds nothing.
 */
@ApiTest
@RecordApplicationEvents
class CourseworkDemoDataTests {

    @Autowired OrganizationManagement organization;
    @Autowired IdentityManagement identity;
    @Autowired CatalogManagement catalog;
    @Autowired LearningManagement learning;
    @Autowired Assignments assignments;
    @Autowired Submissions submissions;
    @Autowired SubmissionAttempts attempts;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void seedsTwoAssignmentsWithAGradedALateAndTwoWaitingSubmissionsOnce() {
        TestTenant school = data.tenant("Demo school " + TestData.suffix(), TenantType.SCHOOL);
        Person teacher = data.member(school, "Anita Sharma", Role.TEACHER);
        String python = "Python Basics " + TestData.suffix();
        String physics = "JEE Physics: Mechanics " + TestData.suffix();
        CourseId pythonCourse = courses.publish(school.id(), python, 1, 1).id();
        courses.publish(school.id(), physics, 1, 1);
        for (String name : List.of("Diya Sharma", "Ananya Iyer", "Vihaan Gupta", "Arjun Reddy", "Kabir Singh")) {
            enrollments.enroll(school, data.member(school, name, Role.LEARNER), pythonCourse);
        }
        CourseworkDemoData demo = new CourseworkDemoData(organization, identity, catalog, learning, assignments,
                submissions, attempts, publisher, transactions, clock,
                new CourseworkDemoData.Names(school.slug(), teacher.email(), python, physics));

        demo.seed();
        String first = snapshot(school);
        demo.seed();
        assertThat(snapshot(school)).as("seeding again adds nothing").isEqualTo(first);

        UUID tenant = school.id().value();
        assertThat(jdbc.queryForList("select title from coursework_assignment where tenant_id = ? and published"
                + " order by title", String.class, tenant)).containsExactly("Projectile problem set", "Temperature converter");
        assertThat(jdbc.queryForList("""
                select u.display_name from coursework_submission s join identity_user u on u.id = s.learner_id
                where s.tenant_id = ? order by u.display_name""", String.class, tenant))
                .containsExactly("Ananya Iyer", "Arjun Reddy", "Diya Sharma", "Vihaan Gupta");
        assertThat(jdbc.queryForList("""
                select u.display_name from coursework_submission s join identity_user u on u.id = s.learner_id
                where s.tenant_id = ? and s.released_at is not null and s.released_feedback is not null""",
                String.class, tenant)).containsExactly("Diya Sharma");
        assertThat(jdbc.queryForList("""
                select u.display_name from coursework_submission s join identity_user u on u.id = s.learner_id
                join coursework_assignment a on a.id = s.assignment_id
                where s.tenant_id = ? and s.submitted_at > a.due_at""", String.class, tenant))
                .containsExactly("Ananya Iyer");
        assertThat(events.stream(SubmissionGraded.class).filter(e -> e.tenant().equals(school.id())))
                .singleElement().satisfies(e -> assertThat(e.points()).isEqualByComparingTo("18"));
    }

    private String snapshot(TestTenant school) {
        UUID tenant = school.id().value();
        return jdbc.queryForList("select count(*) from coursework_assignment where tenant_id = ?", Long.class, tenant)
                + "/" + jdbc.queryForList("select count(*) from coursework_submission where tenant_id = ?", Long.class,
                tenant)
                + "/" + jdbc.queryForList("select count(*) from coursework_submission_attempt where tenant_id = ?",
                Long.class, tenant);
    }
}
