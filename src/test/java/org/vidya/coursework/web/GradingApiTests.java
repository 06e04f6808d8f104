package org.vidya.coursework.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.vidya.coursework.CourseworkFixtures;
import org.vidya.coursework.CourseworkFixtures.Classroom;
import org.vidya.coursework.SubmissionGraded;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestData;
import org.vidya.support.Courses;
import org.vidya.support.Enrollments;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.coursework.CourseworkFixtures.assignment;
import static org.vidya.coursework.CourseworkFixtures.rubric;

/**
 * Grading with and without a rubric, the late penalty shown apart, drafts learners never see,
 * release (one or all) and the {@link SubmissionGraded} event on every release, regrades included.
 */
@ApiTest
@RecordApplicationEvents
class GradingApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired Courses courses;
    @Autowired Enrollments enrollments;
    @Autowired ApplicationEvents events;

    Classroom room;

    @BeforeEach
    void classroom() {
        room = new CourseworkFixtures(data, api, courses, enrollments).classroom();
    }

    String create(Map<String, Object> body) {
        Api.Response created = api.post("/api/v1/courses/" + room.course() + "/assignments", room.teacherToken(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    String handIn(String assignment, String token, String text) {
        Api.Response response = api.put("/api/v1/assignments/" + assignment + "/submission", token,
                Map.of("type", "TEXT", "text", text));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("id").asString();
    }

    /** Criterion id to level id, picking the level at {@code index} of each criterion. */
    static Map<String, String> levels(JsonNode assignment, int... index) {
        Map<String, String> picks = new LinkedHashMap<>();
        JsonNode criteria = assignment.path("rubric").path("criteria");
        for (int i = 0; i < index.length; i++) {
            picks.put(criteria.get(i).path("id").asString(),
                    criteria.get(i).path("levels").get(index[i]).path("id").asString());
        }
        return picks;
    }

    @Test
    void aTeacherGradesWithTheRubricAndTheLearnerSeesItOnlyOnceReleased() {
        Map<String, Object> body = new HashMap<>(assignment("Temperature converter",
                Instant.now().plus(Duration.ofDays(2)), true));
        body.put("rubric", rubric());
        String id = create(body);
        JsonNode assignment = api.get("/api/v1/assignments/" + id, room.teacherToken()).json();
        String submission = handIn(id, room.learnerToken(), "def c_to_f(c): return c * 9 / 5 + 32");

        Api.Response graded = api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("levels", levels(assignment, 0, 1, 1), "feedback", "Correct. Add a docstring and tests."));
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
        assertThat(graded.json().path("draftGrade").path("points").decimalValue()).isEqualByComparingTo("12");
        assertThat(graded.json().path("draftGrade").path("criteria")).hasSize(3);
        assertThat(graded.json().path("grade").isNull()).isTrue();
        assertThat(graded.json().path("releasePending").asBoolean()).isTrue();

        // A draft is the teacher's alone.
        JsonNode before = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json();
        assertThat(before.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(before.path("submission").path("grade").isNull()).isTrue();
        assertThat(before.path("submission").path("draftGrade").isNull()).isTrue();
        assertThat(api.get("/api/v1/submissions/" + submission, room.learnerToken()).body())
                .doesNotContain("docstring", "Readability");
        assertThat(events.stream(SubmissionGraded.class)).isEmpty();

        Api.Response released = api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().path("releasePending").asBoolean()).isFalse();

        JsonNode after = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json();
        assertThat(after.path("status").asString()).isEqualTo("GRADED");
        JsonNode grade = after.path("submission").path("grade");
        assertThat(grade.path("finalPoints").decimalValue()).isEqualByComparingTo("12");
        assertThat(grade.path("maxPoints").decimalValue()).isEqualByComparingTo("20");
        assertThat(grade.path("penaltyPoints").decimalValue()).isEqualByComparingTo("0");
        assertThat(grade.path("feedback").asString()).isEqualTo("Correct. Add a docstring and tests.");
        assertThat(grade.path("criteria").findValuesAsString("criterion"))
                .containsExactly("Correctness", "Readability", "Testing");
        assertThat(grade.path("criteria").findValuesAsString("level"))
                .containsExactly("All conversions right", "Hard to follow", "No tests");
        assertThat(after.path("submission").path("draftGrade").isNull()).isTrue();

        assertThat(events.stream(SubmissionGraded.class)).singleElement().satisfies(event -> {
            assertThat(event.submission().toString()).isEqualTo(submission);
            assertThat(event.learner()).isEqualTo(room.learner().id());
            assertThat(event.course()).isEqualTo(room.course());
            assertThat(event.tenant()).isEqualTo(room.tenant().id());
            assertThat(event.points()).isEqualByComparingTo("12");
            assertThat(event.maxPoints()).isEqualByComparingTo("20");
            assertThat(event.late()).isFalse();
        });
        // Handing in again is over once the grade is out.
        api.put("/api/v1/assignments/" + id + "/submission", room.learnerToken(),
                Map.of("type", "TEXT", "text", "A better version")).isProblem(409, "submission-graded");
    }

    @Test
    void aRegradeStaysADraftUntilReleasedAgainAndThenPublishesAgain() {
        String id = create(assignment("Regrade", Instant.now().plus(Duration.ofDays(2)), true));
        String submission = handIn(id, room.learnerToken(), "My answer");
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", 14));
        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        // Releasing an unchanged grade again shows nothing new.
        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        assertThat(events.stream(SubmissionGraded.class)).hasSize(1);

        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("points", 17, "feedback", "Regraded: your loop was right after all."));
        JsonNode learnerSees = api.get("/api/v1/submissions/" + submission, room.learnerToken()).json();
        assertThat(learnerSees.path("grade").path("finalPoints").decimalValue()).isEqualByComparingTo("14");
        assertThat(learnerSees.path("grade").path("feedback").isNull()).isTrue();

        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        JsonNode regraded = api.get("/api/v1/submissions/" + submission, room.learnerToken()).json();
        assertThat(regraded.path("grade").path("finalPoints").decimalValue()).isEqualByComparingTo("17");
        assertThat(regraded.path("grade").path("feedback").asString()).startsWith("Regraded");
        assertThat(events.stream(SubmissionGraded.class).map(SubmissionGraded::points).toList())
                .usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(new java.math.BigDecimal("14"), new java.math.BigDecimal("17"));
    }

    @Test
    void theLatePenaltyIsAppliedAndShownApart() {
        Map<String, Object> body = new HashMap<>(assignment("Projectile problem set",
                Instant.now().minus(Duration.ofHours(30)), true));
        body.put("maxPoints", 30);
        body.put("late", Map.of("policy", "ACCEPT", "penaltyPercentPerDay", 10,
                "cutoffAt", Instant.now().plus(Duration.ofDays(2)).toString()));
        String id = create(body);
        String submission = handIn(id, room.learnerToken(), "Range R = u^2 sin(2θ)/g");

        JsonNode draft = api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("points", 24)).json().path("draftGrade");
        assertThat(draft.path("daysLate").asInt()).isEqualTo(2);
        assertThat(draft.path("penaltyPercent").decimalValue()).isEqualByComparingTo("20");
        assertThat(draft.path("penaltyPoints").decimalValue()).isEqualByComparingTo("6");
        assertThat(draft.path("finalPoints").decimalValue()).isEqualByComparingTo("18");

        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null);
        JsonNode grade = api.get("/api/v1/assignments/" + id + "/submission", room.learnerToken()).json()
                .path("submission").path("grade");
        assertThat(grade.path("points").decimalValue()).isEqualByComparingTo("24");
        assertThat(grade.path("penaltyPoints").decimalValue()).isEqualByComparingTo("6");
        assertThat(grade.path("finalPoints").decimalValue()).isEqualByComparingTo("18");
        assertThat(events.stream(SubmissionGraded.class)).singleElement()
                .satisfies(e -> assertThat(e.late()).isTrue())
                .satisfies(e -> assertThat(e.points()).isEqualByComparingTo("18"));
    }

    @Test
    void pointsAboveTheMaximumAreA422WithAFieldErrorAndChangeNothing() {
        String id = create(assignment("Too generous", Instant.now().plus(Duration.ofDays(2)), true));
        String submission = handIn(id, room.learnerToken(), "Answer");
        Api.Response response = api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(),
                Map.of("points", 20.5));
        response.isProblem(422, "points-above-max");
        assertThat(response.errorFields()).containsExactly("points");
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", -1))
                .isInvalid("points");
        api.post("/api/v1/submissions/" + submission + "/release", room.teacherToken(), null)
                .isProblem(409, "not-graded");
        assertThat(api.get("/api/v1/submissions/" + submission, room.teacherToken()).json().path("draftGrade")
                .isNull()).isTrue();
    }

    @Test
    void aRubricGradeNeedsALevelForEveryCriterionFromThisRubric() {
        Map<String, Object> body = new HashMap<>(assignment("Rubric", Instant.now().plus(Duration.ofDays(2)), true));
        body.put("rubric", rubric());
        String id = create(body);
        JsonNode assignment = api.get("/api/v1/assignments/" + id, room.teacherToken()).json();
        String submission = handIn(id, room.learnerToken(), "Answer");

        Map<String, String> partial = levels(assignment, 0, 0);
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("levels", partial))
                .isProblem(400, "validation-failed");
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", 20))
                .isInvalid("points");
        Map<String, String> foreign = new LinkedHashMap<>(levels(assignment, 0, 0, 0));
        foreign.put(assignment.path("rubric").path("criteria").get(2).path("id").asString(),
                java.util.UUID.randomUUID().toString());
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("levels", foreign))
                .isProblem(400, "validation-failed");
    }

    @Test
    void releasingAllShowsEveryGradedSubmissionOnce() {
        String id = create(assignment("Everyone", Instant.now().plus(Duration.ofDays(2)), true));
        String first = handIn(id, room.learnerToken(), "One");
        String second = handIn(id, room.classmateToken(), "Two");
        api.put("/api/v1/submissions/" + first + "/grade", room.teacherToken(), Map.of("points", 15));
        api.put("/api/v1/submissions/" + second + "/grade", room.teacherToken(), Map.of("points", 19));

        JsonNode roster = api.get("/api/v1/assignments/" + id + "/submissions", room.teacherToken()).json();
        assertThat(roster.path("rows").findValuesAsString("status")).containsOnly("SUBMITTED");
        assertThat(roster.path("rows").findValues("releasePending").stream().map(JsonNode::asBoolean))
                .containsOnly(true);

        assertThat(api.post("/api/v1/assignments/" + id + "/releases", room.teacherToken(), null).json()
                .path("released").asInt()).isEqualTo(2);
        assertThat(api.post("/api/v1/assignments/" + id + "/releases", room.teacherToken(), null).json()
                .path("released").asInt()).isZero();
        assertThat(events.stream(SubmissionGraded.class)).hasSize(2);
        assertThat(api.get("/api/v1/assignments/" + id + "/submissions", room.teacherToken()).json().path("rows")
                .findValuesAsString("status")).containsOnly("GRADED");

        List<String> actions = data.jdbc().queryForList("select action from privacy_audit_event where tenant_id = ?"
                + " order by id", String.class, room.tenant().id().value());
        assertThat(actions).contains("submission.graded", "submission.grade-released");
    }

    @Test
    void theGradingSchemeIsFixedOnceSomethingIsGraded() {
        String id = create(assignment("Fixed", Instant.now().plus(Duration.ofDays(2)), true));
        String submission = handIn(id, room.learnerToken(), "Answer");
        api.put("/api/v1/submissions/" + submission + "/grade", room.teacherToken(), Map.of("points", 10));
        api.patch("/api/v1/assignments/" + id, room.teacherToken(), Map.of("maxPoints", 40))
                .isProblem(409, "assignment-graded");
        Api.Response retitled = api.patch("/api/v1/assignments/" + id, room.teacherToken(),
                Map.of("title", "Renamed is fine"));
        assertThat(retitled.status()).as(retitled.body()).isEqualTo(200);
    }
}
