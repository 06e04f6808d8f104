package org.vidya.coursework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.coursework.CourseworkFixtures.assignment;
import static org.vidya.coursework.CourseworkFixtures.rubric;

/** Teachers create, edit, publish and delete assignments; learners see only published ones of their courses. */
@ApiTest
class AssignmentApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    CourseworkFixtures fixtures;
    Classroom room;
    Instant nextWeek;

    @BeforeEach
    void classroom() {
        fixtures = new CourseworkFixtures(data, api, courses, enrollments);
        room = fixtures.classroom();
        nextWeek = Instant.now().plus(Duration.ofDays(7));
    }

    String create(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void aTeacherCreatesAnAssignmentWithARubricAndLearnersSeeItOncePublished() {
        Map<String, Object> body = new java.util.HashMap<>(assignment("Temperature converter", nextWeek, false));
        body.put("rubric", rubric());
        String id = create(body);

        JsonNode staffView = api.get("/api/v1/assignments/" + id, room.teacherToken()).json();
        assertThat(staffView.path("title").asString()).isEqualTo("Temperature converter");
        assertThat(staffView.path("published").asBoolean()).isFalse();
        assertThat(staffView.path("rubric").path("criteria")).hasSize(3);
        assertThat(staffView.path("rubric").path("criteria").get(0).path("levels")).hasSize(3);

        // A draft is invisible to learners, in lists and by id.
        api.get("/api/v1/assignments/" + id, room.learnerToken()).isProblem(404, "assignment-not-found");
        assertThat(api.get("/api/v1/assignments", room.learnerToken()).json().path("items")).isEmpty();
        assertThat(api.get("/api/v1/courses/" + room.course() + "/assignments", room.learnerToken()).json()
                .path("items")).isEmpty();
        assertThat(api.get("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken()).json()
                .path("items")).hasSize(1);

        Api.Response published = api.patch("/api/v1/assignments/" + id, room.teacherToken(), Map.of("published", true));
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().path("rubric").path("criteria").get(0).path("id").asString())
                .as("an unchanged rubric keeps its ids")
                .isEqualTo(staffView.path("rubric").path("criteria").get(0).path("id").asString());

        assertThat(api.get("/api/v1/assignments/" + id, room.learnerToken()).status()).isEqualTo(200);
        JsonNode mine = api.get("/api/v1/assignments", room.learnerToken()).json().path("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("status").asString()).isEqualTo("PENDING");
        assertThat(mine.get(0).path("assignment").path("courseTitle").asString()).startsWith("Python Basics");
    }

    @Test
    void theRubricMustAddUpToTheMaximumPoints() {
        Map<String, Object> body = new java.util.HashMap<>(assignment("Off by five", nextWeek, true));
        body.put("maxPoints", 25);
        body.put("rubric", rubric());
        api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body).isInvalid("rubric");
    }

    @Test
    void refusesBadAssignmentsWithFieldErrors() {
        String path = "/api/v1/courses/" + room.course() + "/assignments";
        Map<String, Object> noTypes = new java.util.HashMap<>(assignment("No types", nextWeek, true));
        noTypes.put("submissionTypes", List.of());
        api.post(path, room.teacherToken(), noTypes).isInvalid("submissionTypes");

        Map<String, Object> cutoffBeforeDue = new java.util.HashMap<>(assignment("Cut-off", nextWeek, true));
        cutoffBeforeDue.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 10,
                "cutoffAt", nextWeek.minus(Duration.ofDays(1)).toString()));
        api.post(path, room.teacherToken(), cutoffBeforeDue).isInvalid("cutoffAt");

        Map<String, Object> rejectWithCutoff = new java.util.HashMap<>(assignment("Reject", nextWeek, true));
        rejectWithCutoff.put("late", Map.of("policy", "REJECT", "cutoffAt", nextWeek.plus(Duration.ofDays(1)).toString()));
        api.post(path, room.teacherToken(), rejectWithCutoff).isInvalid("cutoffAt");

        Map<String, Object> markupTitle = new java.util.HashMap<>(assignment("<b>Bold</b>", nextWeek, true));
        api.post(path, room.teacherToken(), markupTitle).isInvalid("title");

        Map<String, Object> tooMany = new java.util.HashMap<>(assignment("Too many points", nextWeek, true));
        tooMany.put("maxPoints", 5000);
        api.post(path, room.teacherToken(), tooMany).isInvalid("maxPoints");

        Map<String, Object> penalty = new java.util.HashMap<>(assignment("Penalty", nextWeek, true));
        penalty.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 150));
        api.post(path, room.teacherToken(), penalty).isInvalid("late.penaltyPercentPerDay");

        assertThat(api.get(path, room.teacherToken()).json().path("items")).isEmpty();
    }

    @Test
    void aCourseTheTenantDoesNotSeeIsNotFound() {
        var otherTenantsCourse = fixtures.course(data.tenant().id(), "Someone else's course");
        api.post("/api/v1/courses/" + otherTenantsCourse + "/assignments", room.teacherToken(),
                assignment("Nope", nextWeek, true)).isProblem(404, "course-not-found");
        api.get("/api/v1/courses/" + otherTenantsCourse + "/assignments", room.teacherToken())
                .isProblem(404, "course-not-found");
    }

    @Test
    void learnersWhoAreNotEnrolledAreTurnedAway() {
        String id = create(assignment("Enrolled only", nextWeek, true));
        var outsider = data.member(room.tenant(), Role.LEARNER);
        String token = api.signIn(outsider).accessToken();
        api.get("/api/v1/assignments/" + id, token).isProblem(403, "not-enrolled");
        api.get("/api/v1/courses/" + room.course() + "/assignments", token).isProblem(403, "not-enrolled");
        api.put("/api/v1/assignments/" + id + "/submission", token, Map.of("type", "TEXT", "text", "Let me in"))
                .isProblem(403, "not-enrolled");
        assertThat(api.get("/api/v1/assignments", token).json().path("items")).isEmpty();
    }

    @Test
    void anAssignmentWithWorkHandedInCannotBeDeletedButAnEmptyOneCan() {
        String empty = create(assignment("Empty", nextWeek, true));
        String used = create(assignment("Used", nextWeek, true));
        api.put("/api/v1/assignments/" + used + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "My answer"));

        api.delete("/api/v1/assignments/" + used, room.teacherToken()).isProblem(409, "assignment-has-submissions");
        assertThat(api.delete("/api/v1/assignments/" + empty, room.teacherToken()).status()).isEqualTo(204);
        api.get("/api/v1/assignments/" + empty, room.teacherToken()).isProblem(404, "assignment-not-found");
    }

    @Test
    void editsReplaceWhatTheyNameAndLeaveTheRest() {
        String id = create(assignment("First title", nextWeek, true));
        Api.Response edited = api.patch("/api/v1/assignments/" + id, room.teacherToken(), Map.of(
                "title", "Second title", "late", Map.of("policy", "REJECT"), "submissionTypes", List.of("VIDEO_LINK")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("title").asString()).isEqualTo("Second title");
        assertThat(edited.json().path("latePolicy").asString()).isEqualTo("REJECT");
        assertThat(edited.json().path("submissionTypes").toString()).isEqualTo("[\"VIDEO_LINK\"]");
        assertThat(edited.json().path("maxPoints").decimalValue()).isEqualByComparingTo("20");
        assertThat(edited.json().path("instructions").asString()).contains("Celsius");
    }
}
