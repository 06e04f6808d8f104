package org.vidya.learning.web;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.vidya.organization.TenantType;
import org.vidya.organization.domain.ClassMember;
import org.vidya.platform.Role;
import org.vidya.platform.TenantId;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A teacher enrolls a class and a manager assigns a team a course with a due date; both follow progress. */
@ApiTest
class CourseAssignmentApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired TestClock clock;
    @Autowired ConfigurableApplicationContext context;

    TestTenant school;
    Person teacher;
    Person ana;
    Person ben;
    UUID classId;
    String teacherToken;
    CourseOutline course;
    LearningEvents events;

    @BeforeEach
    void aClassWithItsTeacher() {
        school = data.tenant("Assign School " + TestData.suffix(), TenantType.SCHOOL);
        teacher = data.member(school, "Tess Teacher", Role.TEACHER);
        ana = data.member(school, "Ana Learner", Role.LEARNER);
        ben = data.member(school, "Ben Learner", Role.LEARNER);
        classId = data.schoolClass(school, ana, ben);
        data.inClass(school, classId, teacher, ClassMember.ClassRole.TEACHER);
        teacherToken = api.signIn(teacher).accessToken();
        course = courses.publish(TenantId.PLATFORM, "Class course", 1, 4);
        events = LearningEvents.attach(context);
    }

    @AfterEach
    void detach() {
        events.close();
        clock.reset();
    }

    @Test
    void aTeacherEnrollsTheirClassWithAnEnforcedDueDate() {
        Instant due = clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS);

        Api.Response given = assign(teacherToken, "classId", classId, course, due);

        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(given.json().path("newlyEnrolled").asInt()).isEqualTo(2);
        assertThat(given.json().path("assignment").path("classId").asString()).isEqualTo(classId.toString());
        assertThat(Instant.parse(given.json().path("assignment").path("dueAt").asString())).isEqualTo(due);
        assertThat(events.of(LearnerEnrolled.class)).extracting(LearnerEnrolled::learner)
                .containsExactlyInAnyOrder(ana.id(), ben.id());
        JsonNode enrollment = firstEnrollment(ana);
        assertThat(enrollment.path("source").asString()).isEqualTo("CLASS");
        assertThat(enrollment.path("deadlineStyle").asString()).isEqualTo("ENFORCED");
        assertThat(Instant.parse(enrollment.path("deadline").asString())).isEqualTo(due);
        assertThat(enrollment.path("canSetDeadline").asBoolean()).isFalse();
        // A learner cannot leave a course the class was given.
        api.delete("/api/v1/enrollments/" + enrollment.path("id").asString(), api.signIn(ana).accessToken())
                .isProblem(409, "assigned-enrollment");
        assertThat(audits("learning.course-assigned", classId)).isEqualTo(1);
    }

    @Test
    void givingTheCourseAgainMovesTheDueDateAndEnrollsNobodyTwice() {
        assign(teacherToken, "classId", classId, course, clock.instant().plus(Duration.ofDays(14)));
        Instant later = clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

        Api.Response again = assign(teacherToken, "classId", classId, course, later);

        assertThat(again.json().path("newlyEnrolled").asInt()).isZero();
        assertThat(events.of(LearnerEnrolled.class)).hasSize(2);
        assertThat(Instant.parse(firstEnrollment(ben).path("deadline").asString())).isEqualTo(later);
    }

    @Test
    void aLearnerWhoEnrolledThemselvesComesUnderTheClassDueDateWithoutASecondEnrollment() {
        enrollments.enroll(school, ana, course.id());
        Instant due = clock.instant().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

        Api.Response given = assign(teacherToken, "classId", classId, course, due);

        assertThat(given.json().path("newlyEnrolled").asInt()).isEqualTo(1);
        assertThat(events.of(LearnerEnrolled.class)).extracting(LearnerEnrolled::learner).containsExactly(ana.id(),
                ben.id());
        JsonNode enrollment = firstEnrollment(ana);
        assertThat(enrollment.path("deadlineStyle").asString()).isEqualTo("ENFORCED");
        assertThat(Instant.parse(enrollment.path("deadline").asString())).isEqualTo(due);
    }

    @Test
    void learnersWhoJoinLaterAreEnrolledByASync() {
        String assignment = assign(teacherToken, "classId", classId, course, clock.instant().plus(Duration.ofDays(5)))
                .json().path("assignment").path("id").asString();
        Person cara = data.member(school, "Cara Latecomer", Role.LEARNER);
        data.inClass(school, classId, cara, ClassMember.ClassRole.LEARNER);

        JsonNode before = api.get("/api/v1/classes/" + classId + "/progress", teacherToken).json();
        assertThat(rows(before)).filteredOn(r -> r.path("displayName").asString().equals("Cara Latecomer"))
                .singleElement().satisfies(r -> assertThat(r.path("enrolled").asBoolean()).isFalse());

        Api.Response synced = api.post("/api/v1/course-assignments/" + assignment + "/sync", teacherToken, null);
        assertThat(synced.status()).as(synced.body()).isEqualTo(200);
        assertThat(synced.json().path("newlyEnrolled").asInt()).isEqualTo(1);
        assertThat(api.post("/api/v1/course-assignments/" + assignment + "/sync", teacherToken, null).json()
                .path("newlyEnrolled").asInt()).isZero();
        assertThat(events.of(LearnerEnrolled.class)).filteredOn(e -> e.learner().equals(cara.id())).hasSize(1);
        assertThat(firstEnrollment(cara).path("source").asString()).isEqualTo("CLASS");
    }

    @Test
    void onlyTheClassesTeachersAndOrgAdminsGiveItCourses() {
        Person otherTeacher = data.member(school, Role.TEACHER);
        String otherToken = api.signIn(otherTeacher).accessToken();
        Instant due = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);

        assign(otherToken, "classId", classId, course, due).isProblem(403, "not-your-class");
        api.get("/api/v1/classes/" + classId + "/progress", otherToken).isProblem(403, "not-your-class");
        assertThat(events.of(LearnerEnrolled.class)).isEmpty();

        String adminToken = api.signIn(data.member(school, Role.ORG_ADMIN)).accessToken();
        assertThat(assign(adminToken, "classId", classId, course, due).status()).isEqualTo(201);
    }

    @Test
    void badAssignmentsAreRefusedAndChangeNothing() {
        Instant due = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        String path = "/api/v1/course-assignments";

        assign(teacherToken, "classId", classId, course, clock.instant().minusSeconds(60)).isInvalid("dueAt");
        assign(teacherToken, "classId", classId, course, clock.instant().plus(Duration.ofDays(3000)))
                .isInvalid("dueAt");
        api.post(path, teacherToken, Map.of("courseId", course.id().toString(), "dueAt", due.toString()))
                .isInvalid("classId");
        api.post(path, teacherToken, Map.of("classId", classId.toString(), "teamId", UUID.randomUUID().toString(),
                "courseId", course.id().toString(), "dueAt", due.toString())).isInvalid("teamId");
        api.post(path, teacherToken, Map.of("classId", classId.toString(), "courseId", course.id().toString()))
                .isInvalid("dueAt");
        api.post(path, teacherToken, Map.of("classId", classId.toString(), "courseId", course.id().toString(),
                "dueAt", "tomorrow")).isInvalid("dueAt");
        assign(teacherToken, "classId", UUID.randomUUID(), course, due).isProblem(404, "class-not-found");
        api.post(path, teacherToken, Map.of("classId", classId.toString(), "courseId", UUID.randomUUID().toString(),
                "dueAt", due.toString())).isProblem(404, "course-not-found");
        api.post("/api/v1/course-assignments/" + UUID.randomUUID() + "/sync", teacherToken, null)
                .isProblem(404, "assignment-not-found");

        assertThat(events.of(LearnerEnrolled.class)).isEmpty();
        assertThat(api.get(path, teacherToken).json().path("items")).isEmpty();
    }

    @Test
    void aPaidCourseIsGivenByAnAdminOnly() {
        CourseOutline paid = LearningCourses.publish(courses, school.id(), "Paid for class", EnrollmentPolicy.KEY,
                true, "class-key", 1, 1);
        Instant due = clock.instant().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);

        assign(teacherToken, "classId", classId, paid, due).isProblem(403, "paid-course-needs-grant");
        String adminToken = api.signIn(data.member(school, Role.ORG_ADMIN)).accessToken();
        assertThat(assign(adminToken, "classId", classId, paid, due).status()).isEqualTo(201);
    }

    @Test
    void anAssignedOnlyCourseIsGivenToAClass() {
        CourseOutline assignedOnly = LearningCourses.publish(courses, school.id(), "Teacher led",
                EnrollmentPolicy.ASSIGNED, false, null, 1, 1);

        Api.Response given = assign(teacherToken, "classId", classId, assignedOnly,
                clock.instant().plus(Duration.ofDays(5)));

        assertThat(given.json().path("newlyEnrolled").asInt()).isEqualTo(2);
    }

    @Test
    void classProgressShowsEachLearnerOverdueFirstAndIsAudited() {
        assign(teacherToken, "classId", classId, course, clock.instant().plus(Duration.ofDays(2)));
        for (int i = 0; i < 4; i++) {
            enrollments.complete(school, ben, course.id(), course.lessons().get(i).id());
        }
        enrollments.complete(school, ana, course.id(), course.lessons().get(0).id());

        JsonNode onTime = api.get("/api/v1/classes/" + classId + "/progress", teacherToken).json();
        assertThat(onTime.path("groupName").asString()).startsWith("Class ");
        assertThat(rows(onTime)).extracting(r -> r.path("displayName").asString() + " " + r.path("percent").asInt()
                + " " + r.path("overdue").asBoolean()).containsExactly("Ana Learner 25 false", "Ben Learner 100 false");

        clock.advance(Duration.ofDays(3));
        teacherToken = api.signIn(teacher).accessToken();
        JsonNode late = api.get("/api/v1/classes/" + classId + "/progress", teacherToken).json();
        assertThat(rows(late).get(0).path("displayName").asString()).isEqualTo("Ana Learner");
        assertThat(rows(late).get(0).path("overdue").asBoolean()).isTrue();
        assertThat(rows(late).get(1).path("overdue").asBoolean()).as("completed in time").isFalse();
        assertThat(rows(late).get(0).path("lastActivityAt").isNull()).isFalse();
        assertThat(audits("learning.progress-read", classId)).isEqualTo(2);
    }

    @Test
    void aManagerAssignsTheirTeamACourseAndSeesOverdueMembersFirst() {
        TestTenant company = data.tenant("Assign Co " + TestData.suffix(), TenantType.ENTERPRISE);
        Person manager = data.member(company, "Mona Manager", Role.TEAM_MANAGER);
        Person done = data.member(company, "Dev Done", Role.LEARNER);
        Person behind = data.member(company, "Zed Behind", Role.LEARNER);
        UUID team = data.team(company, "Platform", manager, done, behind);
        UUID otherTeam = data.team(company, "Other", data.member(company, Role.TEAM_MANAGER), behind);
        String token = api.signIn(manager).accessToken();

        Api.Response given = assign(token, "teamId", team, course, clock.instant().plus(Duration.ofDays(1)));
        assertThat(given.status()).as(given.body()).isEqualTo(201);
        assertThat(firstEnrollment(behind).path("deadlineStyle").asString()).isEqualTo("MANAGER_SET");
        for (int i = 0; i < 4; i++) {
            enrollments.complete(company, done, course.id(), course.lessons().get(i).id());
        }
        assign(token, "teamId", otherTeam, course, clock.instant().plus(Duration.ofDays(1)))
                .isProblem(403, "not-your-team");

        clock.advance(Duration.ofDays(2));
        token = api.signIn(manager).accessToken();
        JsonNode progress = api.get("/api/v1/teams/" + team + "/progress", token).json();
        assertThat(rows(progress)).extracting(r -> r.path("displayName").asString() + " " + r.path("overdue").asBoolean())
                .containsExactly("Zed Behind true", "Dev Done false");
        api.get("/api/v1/teams/" + otherTeam + "/progress", token).isProblem(403, "not-your-team");
        assertThat(api.get("/api/v1/course-assignments", token).json().path("items")).hasSize(1);
    }

    @Test
    void assignmentListsShowWhatTheCallerManages() {
        assign(teacherToken, "classId", classId, course, clock.instant().plus(Duration.ofDays(5)));
        UUID otherClass = data.schoolClass(school, data.member(school, Role.LEARNER));
        String adminToken = api.signIn(data.member(school, Role.ORG_ADMIN)).accessToken();
        assign(adminToken, "classId", otherClass, course, clock.instant().plus(Duration.ofDays(5)));

        List<String> teachers = ids(api.get("/api/v1/course-assignments", teacherToken).json());
        List<String> admins = ids(api.get("/api/v1/course-assignments?limit=1", adminToken).json());

        assertThat(teachers).containsExactly(classId.toString());
        assertThat(admins).hasSize(1);
        assertThat(api.get("/api/v1/course-assignments?limit=1", adminToken).json().path("nextCursor").asString())
                .isNotBlank();
    }

    private Api.Response assign(String token, String group, UUID groupId, CourseOutline c, Instant due) {
        return api.post("/api/v1/course-assignments", token, Map.of(group, groupId.toString(),
                "courseId", c.id().toString(), "dueAt", due.toString()));
    }

    private JsonNode firstEnrollment(Person learner) {
        return api.get("/api/v1/enrollments", api.signIn(learner).accessToken()).json().path("items").get(0);
    }

    private static List<JsonNode> rows(JsonNode progress) {
        List<JsonNode> rows = new java.util.ArrayList<>();
        progress.path("courses").get(0).path("learners").forEach(rows::add);
        return rows;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(a -> ids.add(a.path("classId").asString()));
        return ids;
    }

    private long audits(String action, UUID resource) {
        return data.jdbc().queryForObject("select count(*) from privacy_audit_event where action = ? and resource_id = ?",
                Long.class, action, resource.toString());
    }
}
