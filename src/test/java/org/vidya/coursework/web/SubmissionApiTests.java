package org.vidya.coursework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.coursework.CourseworkFixtures.assignment;

/** Handing in text and links: replacing until the due date, late work by the policy, idempotent retries. */
@ApiTest
class SubmissionApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String create(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Api.Response handIn(String assignment, String token, Map<String, Object> body) {
        return api.put("/api/v1/assignments/" + assignment + "/submission", token, body);
    }

    Api.Response handIn(String assignment, String token, Map<String, Object> body, String key) {
        return api.send(MockMvcRequestBuilders.put("/api/v1/assignments/" + assignment + "/submission")
                .header("Idempotency-Key", key), token, body);
    }

    static Map<String, Object> text(String text) {
        return Map.of("type", "TEXT", "text", text);
    }

    @Test
    void aLearnerHandsInTextAndReplacesItUntilTheDueDateKeepingEveryAttempt() {
        String id = create(assignment("Essay", Instant.now().plus(Duration.ofHours(2)), true));
        Api.Response first = handIn(id, room.learnerToken(), text("First draft"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(first.json().path("attempt").asInt()).isEqualTo(1);
        assertThat(first.json().path("text").asString()).isEqualTo("First draft");

        Api.Response second = handIn(id, room.learnerToken(), text("Second draft"));
        assertThat(second.json().path("attempt").asInt()).isEqualTo(2);
        assertThat(second.json().path("attempts").asInt()).isEqualTo(2);
        assertThat(second.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(second.json().path("firstSubmittedAt").asString())
                .isEqualTo(first.json().path("firstSubmittedAt").asString());

        JsonNode mine = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json();
        assertThat(mine.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(mine.path("accepting").asBoolean()).isTrue();
        assertThat(mine.path("submission").path("text").asString()).isEqualTo("Second draft");

        // Three hours later the due date has passed: the submission stands as it is.
        clock.advance(Duration.ofHours(3));
        String token = api.signIn(room.learner()).accessToken();
        handIn(id, token, text("Third draft")).isProblem(409, "submission-final");
        JsonNode after = api.get("/api/v1/assignments/" + id + "/submission", token).json();
        assertThat(after.path("accepting").asBoolean()).isFalse();
        assertThat(after.path("submission").path("text").asString()).isEqualTo("Second draft");
        assertThat(after.path("submission").path("attempts").asInt()).isEqualTo(2);
    }

    @Test
    void lateWorkIsAcceptedAsLateUntilTheCutoffAndNothingAfter() {
        Map<String, Object> body = new HashMap<>(assignment("Late allowed", Instant.now().minus(Duration.ofHours(1)),
                true));
        body.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 10,
                "cutoffAt", Instant.now().plus(Duration.ofHours(1)).toString()));
        String id = create(body);

        JsonNode before = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json();
        assertThat(before.path("status").asString()).isEqualTo("MISSING");
        assertThat(before.path("lateNow").asBoolean()).isTrue();
        assertThat(before.path("accepting").asBoolean()).isTrue();

        Api.Response late = handIn(id, room.learnerToken(), text("Sorry, a day late"));
        assertThat(late.status()).as(late.body()).isEqualTo(200);
        assertThat(late.json().path("status").asString()).isEqualTo("LATE");
        assertThat(late.json().path("late").asBoolean()).isTrue();
        assertThat(late.json().path("daysLate").asInt()).isEqualTo(1);

        clock.advance(Duration.ofHours(2));
        String token = api.signIn(room.classmate()).accessToken();
        handIn(id, token, text("Even later")).isProblem(409, "submission-closed");
        JsonNode classmate = api.get("/api/v1/assignments/" + id + "/submission", token).json();
        assertThat(classmate.path("status").asString()).isEqualTo("MISSING");
        assertThat(classmate.path("accepting").asBoolean()).isFalse();
        assertThat(classmate.path("submission").isNull()).isTrue();
    }

    @Test
    void anAssignmentThatRejectsLateWorkTakesNothingAfterTheDueDate() {
        Map<String, Object> body = new HashMap<>(assignment("Strict", Instant.now().minus(Duration.ofMinutes(1)), true));
        body.put("late", Map.of("policy", "REJECT"));
        String id = create(body);
        handIn(id, room.learnerToken(), text("Just missed it")).isProblem(409, "submission-closed");
        assertThat(api.get("/api/v1/assignments/" + id + "/submissions", room.teacherToken()).json()
                .path("rows").findValuesAsString("status")).containsOnly("MISSING");
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyHandsInOnce() {
        String id = create(assignment("Retry", Instant.now().plus(Duration.ofDays(1)), true));
        Api.Response first = handIn(id, room.learnerToken(), text("Over a flaky connection"), "retry-key-1");
        Api.Response retry = handIn(id, room.learnerToken(), text("Over a flaky connection"), "retry-key-1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().path("attempt").asInt()).isEqualTo(1);
        assertThat(retry.json().path("id").asString()).isEqualTo(first.json().path("id").asString());
        assertThat(retry.json().path("submittedAt").asString()).isEqualTo(first.json().path("submittedAt").asString());
        assertThat(api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").path("attempts").asInt()).isEqualTo(1);

        handIn(id, room.learnerToken(), text("Something else"), "retry-key-1")
                .isProblem(422, "idempotency-key-reused");
        handIn(id, room.learnerToken(), text("Bad key"), "a key with spaces").isInvalid("Idempotency-Key");
        // A new key is a new hand-in.
        assertThat(handIn(id, room.learnerToken(), text("Second thoughts"), "retry-key-2").json().path("attempt")
                .asInt()).isEqualTo(2);
    }

    @Test
    void linksMustBeWebAddressesAndTypesMustBeAllowed() {
        Map<String, Object> body = new HashMap<>(assignment("Video", Instant.now().plus(Duration.ofDays(1)), true));
        body.put("submissionTypes", List.of("LINK", "VIDEO_LINK"));
        String id = create(body);
        handIn(id, room.learnerToken(), Map.of("type", "VIDEO_LINK", "url", "javascript:alert(1)")).isInvalid("url");
        handIn(id, room.learnerToken(), Map.of("type", "VIDEO_LINK", "url", "ftp://example.org/v.mp4")).isInvalid("url");
        handIn(id, room.learnerToken(), Map.of("type", "LINK", "url", "not a url")).isInvalid("url");
        handIn(id, room.learnerToken(), text("Text is not allowed here")).isInvalid("type");
        handIn(id, room.learnerToken(), Map.of("type", "VIDEO_LINK")).isInvalid("url");
        Api.Response video = handIn(id, room.learnerToken(),
                Map.of("type", "VIDEO_LINK", "url", "https://video.example.org/watch?v=projectile"));
        assertThat(video.status()).as(video.body()).isEqualTo(200);
        assertThat(video.json().path("url").asString()).isEqualTo("https://video.example.org/watch?v=projectile");
        assertThat(video.json().path("type").asString()).isEqualTo("VIDEO_LINK");
    }

    @Test
    void emptyOrOversizedTextIsRefused() {
        String id = create(assignment("Sizes", Instant.now().plus(Duration.ofDays(1)), true));
        handIn(id, room.learnerToken(), text("   ")).isInvalid("text");
        handIn(id, room.learnerToken(), text("x".repeat(50_001))).isInvalid("text");
        assertThat(api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").isNull()).isTrue();
    }

    @Test
    void learnersReadOnlyTheirOwnSubmissions() {
        String id = create(assignment("Private", Instant.now().plus(Duration.ofDays(1)), true));
        String submission = handIn(id, room.learnerToken(), text("Mine alone")).json().path("id").asString();
        assertThat(api.get("/api/v1/submissions/" + submission, room.learnerToken()).status()).isEqualTo(200);
        api.get("/api/v1/submissions/" + submission, room.classmateToken()).isProblem(404, "submission-not-found");
        api.get("/api/v1/assignments/" + id + "/submissions", room.learnerToken()).isProblem(403, "access-denied");
    }

    @Test
    void theRosterListsEveryEnrolledLearnerAndStaffReadsAreAudited() {
        String id = create(assignment("Roster", Instant.now().plus(Duration.ofDays(1)), true));
        String submission = handIn(id, room.learnerToken(), text("Here it is")).json().path("id").asString();

        JsonNode roster = api.get("/api/v1/assignments/" + id + "/submissions", room.teacherToken()).json();
        assertThat(roster.path("rows").findValuesAsString("learnerName")).containsExactly("Cai Classmate", "Lena Learner");
        assertThat(roster.path("rows").findValuesAsString("status")).containsExactly("PENDING", "SUBMITTED");

        JsonNode read = api.get("/api/v1/submissions/" + submission, room.teacherToken()).json();
        assertThat(read.path("text").asString()).isEqualTo("Here it is");
        assertThat(read.path("learnerName").asString()).isEqualTo("Lena Learner");

        List<String> actions = data.jdbc().queryForList("select action from privacy_audit_event where tenant_id = ?"
                + " and actor_id = ? order by id", String.class, room.tenant().id().value(), room.teacher().id().value());
        assertThat(actions).contains("assignment.created", "assignment.submissions-read", "submission.read");
    }
}
