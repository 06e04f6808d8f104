package org.vidya.learning.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.learning.LearnerEnrolled;
import org.vidya.learning.LearningCourses;
import org.vidya.learning.LearningEvents;
import org.vidya.learning.LearningManagement;
import org.vidya.organization.TenantType;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Self-enrollment by course kind, my enrollments, withdrawal, self-set target dates and grants. */
@ApiTest
class EnrollmentApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired TestClock clock;
    @Autowired LearningManagement learning;
    @Autowired ConfigurableApplicationContext context;

    TestTenant school;
    Person learner;
    String token;
    LearningEvents events;

    @BeforeEach
    void aLearner() {
        school = data.tenant();
        learner = data.member(school, Role.LEARNER);
        token = api.signIn(learner).accessToken();
        events = LearningEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
        clock.reset();
    }

    @Test
    void aLearnerEnrollsInAnOpenCourseOnceAndLearningKnowsIt() {
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Open Python", 2, 2);

        Api.Response first = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null);
        Api.Response again = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, Map.of());

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.json().path("courseTitle").asString()).startsWith("Open Python");
        assertThat(first.json().path("source").asString()).isEqualTo("SELF");
        assertThat(first.json().path("deadlineStyle").asString()).isEqualTo("NONE");
        assertThat(first.json().path("percent").asInt()).isZero();
        assertThat(first.json().path("lessons").asInt()).isEqualTo(4);
        assertThat(first.json().path("continueLessonId").asString()).isEqualTo(course.lessons().get(0).id().toString());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(events.of(LearnerEnrolled.class)).singleElement().satisfies(e -> {
            assertThat(e.learner()).isEqualTo(learner.id());
            assertThat(e.course()).isEqualTo(course.id());
            assertThat(e.tenant()).isEqualTo(school.id());
            assertThat(e.enrollment().toString()).isEqualTo(first.json().path("id").asString());
        });
        Tenancy.runAs(school.id(), () -> {
            assertThat(learning.isEnrolled(learner.id(), course.id())).isTrue();
            assertThat(learning.enrolledLearners(course.id())).extracting(l -> l.userId()).containsExactly(learner.id());
        });
    }

    @Test
    void aKeyCourseOpensOnlyWithItsKey() {
        CourseOutline course = LearningCourses.publish(courses, school.id(), "Key course", EnrollmentPolicy.KEY, false,
                "sesame-2026", 1, 2);
        String path = "/api/v1/courses/" + course.id() + "/enrollments";

        api.post(path, token, Map.of()).isInvalid("key");
        api.post(path, token, Map.of("key", "wrong key")).isProblem(403, "enrollment-key-invalid");
        api.post(path, token, Map.of("key", "x".repeat(101))).isInvalid("key");
        assertThat(events.of(LearnerEnrolled.class)).isEmpty();

        assertThat(api.post(path, token, Map.of("key", "sesame-2026")).status()).isEqualTo(201);
        assertThat(events.of(LearnerEnrolled.class)).hasSize(1);
    }

    @Test
    void anAssignedOnlyCourseRefusesSelfEnrollment() {
        CourseOutline course = LearningCourses.publish(courses, school.id(), "Assigned course",
                EnrollmentPolicy.ASSIGNED, false, null, 1, 1);

        api.post("/api/v1/courses/" + course.id() + "/enrollments", token, Map.of("key", "anything"))
                .isProblem(403, "course-assigned-only");

        assertThat(api.get("/api/v1/enrollments", token).json().path("items")).isEmpty();
    }

    @Test
    void aPaidCourseNeedsItsKeyOrAnAdminsGrant() {
        CourseOutline paid = LearningCourses.publish(courses, school.id(), "Paid course", EnrollmentPolicy.KEY, true,
                "paid-key-1", 1, 1);
        String path = "/api/v1/courses/" + paid.id() + "/enrollments";
        api.post(path, token, null).isInvalid("key");

        Person admin = data.member(school, Role.ORG_ADMIN);
        String adminToken = api.signIn(admin).accessToken();
        Api.Response granted = api.post("/api/v1/courses/" + paid.id() + "/grants", adminToken,
                Map.of("userId", learner.id().toString()));

        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(granted.json().path("source").asString()).isEqualTo("GRANT");
        assertThat(api.post(path, token, null).status()).as("already enrolled through the grant").isEqualTo(200);
        // Withdrawing and coming back needs no key: the grant stands.
        api.delete("/api/v1/enrollments/" + granted.json().path("id").asString(), token);
        assertThat(api.post(path, token, null).status()).isEqualTo(201);
        assertThat(data.jdbc().queryForObject("select count(*) from privacy_audit_event where action = ?"
                + " and resource_id = ?", Long.class, "learning.course-granted", learner.id().toString())).isEqualTo(1);
    }

    @Test
    void aGrantNeedsAMemberOfTheTenant() {
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Grantable", 1, 1);
        String adminToken = api.signIn(data.member(school, Role.ORG_ADMIN)).accessToken();
        Person stranger = data.member(data.tenant(), Role.LEARNER);

        api.post("/api/v1/courses/" + course.id() + "/grants", adminToken, Map.of("userId", stranger.id().toString()))
                .isInvalid("userId");
        api.post("/api/v1/courses/" + course.id() + "/grants", adminToken, Map.of()).isInvalid("userId");
    }

    @Test
    void unknownDraftAndForeignCoursesAreNotFound() {
        TestTenant other = data.tenant();
        CourseOutline foreign = courses.publish(other.id(), "Their course", 1, 1);
        var draft = courses.draft(school.id(), "Our draft", 1, 1);

        api.post("/api/v1/courses/" + foreign.id() + "/enrollments", token, null).isProblem(404, "course-not-found");
        api.post("/api/v1/courses/" + draft.id() + "/enrollments", token, null).isProblem(404, "course-not-found");
        api.post("/api/v1/courses/" + java.util.UUID.randomUUID() + "/enrollments", token, null)
                .isProblem(404, "course-not-found");
        api.post("/api/v1/courses/not-a-uuid/enrollments", token, null).isInvalid("id");
        assertThat(events.of(LearnerEnrolled.class)).isEmpty();
    }

    @Test
    void myEnrollmentsComeInPagesWithProgressAndDetail() {
        for (int i = 0; i < 3; i++) {
            CourseOutline c = courses.publish(TenantId.PLATFORM, "Paged " + i, 1, 2);
            api.post("/api/v1/courses/" + c.id() + "/enrollments", token, null);
        }

        Api.Response page1 = api.get("/api/v1/enrollments?limit=2", token);
        Api.Response page2 = api.get("/api/v1/enrollments?limit=2&cursor=" + page1.json().path("nextCursor").asString(),
                token);

        assertThat(page1.json().path("items")).hasSize(2);
        assertThat(page2.json().path("items")).hasSize(1);
        assertThat(page2.json().path("nextCursor").isNull() || page2.json().path("nextCursor").isMissingNode()).isTrue();
        String id = page1.json().path("items").get(0).path("id").asString();
        JsonNode detail = api.get("/api/v1/enrollments/" + id, token).json();
        assertThat(detail.path("enrollment").path("id").asString()).isEqualTo(id);
        assertThat(detail.path("modules")).hasSize(1);
        assertThat(detail.path("modules").get(0).path("lessons")).hasSize(2);
        assertThat(detail.path("modules").get(0).path("lessons").get(0).path("completed").asBoolean()).isFalse();
        api.get("/api/v1/enrollments?limit=0", token).isInvalid("limit");
        api.get("/api/v1/enrollments?cursor=bogus!", token).isInvalid("cursor");
    }

    @Test
    void anotherLearnersEnrollmentIsNotFound() {
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Mine only", 1, 1);
        String id = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null).json().path("id")
                .asString();
        String otherToken = api.signIn(data.member(school, Role.LEARNER)).accessToken();

        api.get("/api/v1/enrollments/" + id, otherToken).isProblem(404, "enrollment-not-found");
        api.delete("/api/v1/enrollments/" + id, otherToken).isProblem(404, "enrollment-not-found");
        api.put("/api/v1/enrollments/" + id + "/deadline", otherToken, Map.of()).isProblem(404, "enrollment-not-found");
        assertThat(api.get("/api/v1/enrollments/" + id, token).status()).isEqualTo(200);
    }

    @Test
    void withdrawingKeepsProgressAndEnrollingAgainPublishesAgain() {
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Come back", 1, 2);
        String id = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null).json().path("id")
                .asString();
        api.post("/api/v1/courses/" + course.id() + "/lessons/" + course.lessons().get(0).id() + "/progress", token,
                Map.of("event", "complete"));

        assertThat(api.delete("/api/v1/enrollments/" + id, token).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/enrollments", token).json().path("items")).isEmpty();
        api.delete("/api/v1/enrollments/" + id, token).isProblem(404, "enrollment-not-found");
        api.post("/api/v1/courses/" + course.id() + "/lessons/" + course.lessons().get(1).id() + "/progress", token,
                Map.of("event", "complete")).isProblem(403, "not-enrolled");

        Api.Response back = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null);
        assertThat(back.status()).isEqualTo(201);
        assertThat(back.json().path("id").asString()).isEqualTo(id);
        assertThat(back.json().path("percent").asInt()).isEqualTo(50);
        assertThat(events.of(LearnerEnrolled.class)).hasSize(2);
    }

    @Test
    void aProfessionalSetsAndMovesTheirOwnTargetDate() {
        TestTenant company = data.tenant("Acme " + TestData.suffix(), TenantType.ENTERPRISE);
        Person engineer = data.member(company, Role.LEARNER);
        String engineerToken = api.signIn(engineer).accessToken();
        CourseOutline course = courses.publish(TenantId.PLATFORM, "Self paced", 1, 1);
        Api.Response enrolled = api.post("/api/v1/courses/" + course.id() + "/enrollments", engineerToken, null);
        assertThat(enrolled.json().path("deadlineStyle").asString()).isEqualTo("SELF_SET");
        assertThat(enrolled.json().path("canSetDeadline").asBoolean()).isTrue();
        String path = "/api/v1/enrollments/" + enrolled.json().path("id").asString() + "/deadline";
        Instant target = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);

        Api.Response set = api.put(path, engineerToken, Map.of("targetAt", target.toString()));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(Instant.parse(set.json().path("deadline").asString())).isEqualTo(target);
        assertThat(set.json().path("overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(11));
        engineerToken = api.signIn(engineer).accessToken();
        assertThat(api.get("/api/v1/enrollments", engineerToken).json().path("items").get(0).path("overdue")
                .asBoolean()).isTrue();
        Instant moved = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        assertThat(api.put(path, engineerToken, Map.of("targetAt", moved.toString())).json().path("overdue")
                .asBoolean()).isFalse();

        api.put(path, engineerToken, Map.of("targetAt", clock.instant().minusSeconds(60).toString()))
                .isInvalid("targetAt");
        api.put(path, engineerToken, Map.of("targetAt", "next tuesday")).isInvalid("targetAt");
        api.put(path, engineerToken, Map.of("targetAt", moved.toString(), "extra", 1)).isInvalid("extra");
        Api.Response cleared = api.put(path, engineerToken, Map.of());
        assertThat(cleared.json().path("deadline").isNull() || cleared.json().path("deadline").isMissingNode()).isTrue();
    }

    @Test
    void onlyASelfSetDeadlineIsTheLearnersToSet() {
        CourseOutline course = courses.publish(TenantId.PLATFORM, "School pace", 1, 1);
        String id = api.post("/api/v1/courses/" + course.id() + "/enrollments", token, null).json().path("id")
                .asString();

        api.put("/api/v1/enrollments/" + id + "/deadline", token,
                Map.of("targetAt", clock.instant().plus(Duration.ofDays(3)).toString()))
                .isProblem(409, "deadline-not-self-set");
    }
}
