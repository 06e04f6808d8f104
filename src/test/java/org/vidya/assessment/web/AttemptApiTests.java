package org.vidya.assessment.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.vidya.platform.Role;
import org.vidya.support.Api;
import org.vidya.support.ApiTest;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** Taking a test through the API: start, paper, autosave, offline batch, submit, deadlines. */
@ApiTest
class AttemptApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;

    QuizFixtures fixtures;
    World world;
    String teacher;
    String learner;
    String bank;
    List<String> items;

    @BeforeEach
    void aTeacherWithABank() {
        fixtures = new QuizFixtures(api);
        world = data.world("attempt");
        teacher = api.signIn(world.person(Role.TEACHER)).accessToken();
        learner = api.signIn(world.person(Role.LEARNER)).accessToken();
        bank = fixtures.bank(teacher);
        items = fixtures.items(teacher, bank, 3);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aLearnerStartsSavesAndSubmitsAPracticeTest() {
        String quiz = fixtures.practice(teacher, items, Map.of());
        Api.Response started = api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, null);
        assertThat(started.status()).isEqualTo(201);
        String attempt = started.json().path("id").asString();
        assertThat(started.json().path("status").asString()).isEqualTo("in-progress");
        assertThat(started.json().path("paperUrl").asString()).isEqualTo("/api/v1/attempts/" + attempt + "/paper");
        // Starting again while it is in progress gives the same attempt.
        Api.Response again = api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asString()).isEqualTo(attempt);

        assertThat(fixtures.save(learner, attempt, "q1", Map.of("choice", "w"), 1).json().path("applied").asBoolean())
                .isTrue();
        assertThat(fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 2).json().path("applied").asBoolean())
                .isTrue();
        // A retry of an older save changes nothing.
        Api.Response stale = fixtures.save(learner, attempt, "q1", Map.of("choice", "x"), 1);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.json().path("applied").asBoolean()).isFalse();
        JsonNode state = api.get("/api/v1/attempts/" + attempt, learner).json();
        assertThat(state.path("answers").path("q1").path("response").path("choice").asString()).isEqualTo("r");
        assertThat(state.path("answers").path("q1").path("seq").asLong()).isEqualTo(2);

        Api.Response submitted = fixtures.submit(learner, attempt, "submit-1");
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().path("status").asString()).isIn("submitted", "graded");
        assertThat(submitted.json().path("resultUrl").asString()).isEqualTo("/api/v1/attempts/" + attempt + "/result");
        assertThat(fixtures.submit(learner, attempt, "submit-1").body()).isEqualTo(submitted.body());
        // Grading scored it in the submitting transaction: the result is there at once.
        Api.Response result = api.get(submitted.json().path("resultUrl").asString(), learner);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().path("score").decimalValue()).isEqualByComparingTo("1");
        fixtures.submit(learner, attempt, "submit-2").isProblem(409, "attempt-closed");
        fixtures.save(learner, attempt, "q2", Map.of("choice", "r"), 1).isProblem(409, "attempt-closed");
        assertThat(api.get("/api/v1/attempts/" + attempt, learner).json().path("answers").has("q2")).isFalse();
    }

    @Test
    void thePaperIsTheSameBytesWithAnEtagAndNoKey() {
        String attempt = fixtures.start(learner, fixtures.practice(teacher, items, Map.of("shuffleOptions", true)));
        Api.Response paper = api.get("/api/v1/attempts/" + attempt + "/paper", learner);
        assertThat(paper.status()).isEqualTo(200);
        String etag = paper.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(paper.header("Cache-Control")).contains("private", "max-age=86400", "immutable");
        assertThat(paper.body()).doesNotContain("fraction", "\"answer\"", "feedback");
        assertThat(paper.json().path("items")).hasSize(3);
        assertThat(paper.json().path("items").get(0).path("slot").asString()).isEqualTo("q1");
        assertThat(paper.json().path("sections").get(0).path("slots")).hasSize(3);
        assertThat(api.get("/api/v1/attempts/" + attempt + "/paper", learner).body()).isEqualTo(paper.body());
        Api.Response notModified = api.send(MockMvcRequestBuilders.get("/api/v1/attempts/" + attempt + "/paper")
                .header("If-None-Match", etag), learner, null);
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(api.get("/api/v1/attempts/" + attempt, learner).json().path("paperEtag").asString())
                .isEqualTo(etag);
    }

    @Test
    void autosaveRefusesWrongShapesUnknownSlotsAndOtherLearnersAttempts() {
        String quiz = fixtures.practice(teacher, items, Map.of());
        String attempt = fixtures.start(learner, quiz);
        fixtures.save(learner, attempt, "q1", Map.of("choice", "nope"), 1).isProblem(400, "validation-failed");
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 0).isInvalid("seq");
        fixtures.save(learner, attempt, "q9", Map.of("choice", "r"), 1).isProblem(404, "slot-not-found");
        String other = api.signIn(world.secondLearner()).accessToken();
        fixtures.save(other, attempt, "q1", Map.of("choice", "r"), 5).isProblem(404, "attempt-not-found");
        api.get("/api/v1/attempts/" + attempt, other).isProblem(404, "attempt-not-found");
        api.get("/api/v1/attempts/" + attempt + "/paper", other).isProblem(404, "attempt-not-found");
        fixtures.submit(other, attempt, "k").isProblem(404, "attempt-not-found");
        // Clearing an answer is a save of null.
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        Api.Response cleared = fixtures.save(learner, attempt, "q1", null, 2);
        assertThat(cleared.json().path("applied").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/attempts/" + attempt, learner).json().path("answers").path("q1").path("response")
                .isNull()).isTrue();
    }

    @Test
    void theOfflineBatchSavesWhatItCanAndRefusesTheRestOneByOne() {
        String attempt = fixtures.start(learner, fixtures.practice(teacher, items, Map.of()));
        fixtures.save(learner, attempt, "q3", Map.of("choice", "r"), 5);
        Api.Response batch = api.post("/api/v1/attempts/" + attempt + "/answers/batch", learner, Map.of("answers",
                List.of(Map.of("slot", "q1", "response", Map.of("choice", "r"), "seq", 1),
                        Map.of("slot", "q2", "response", Map.of("choice", "???"), "seq", 1),
                        Map.of("slot", "q7", "response", Map.of("choice", "r"), "seq", 1),
                        Map.of("slot", "q3", "response", Map.of("choice", "w"), "seq", 4))));
        assertThat(batch.status()).as(batch.body()).isEqualTo(200);
        JsonNode results = batch.json().path("results");
        assertThat(results.findValuesAsString("status")).containsExactly("applied", "refused", "refused", "stale");
        assertThat(results.get(1).path("errors").get(0).path("field").asString()).startsWith("response");
        assertThat(results.get(2).path("errors").get(0).path("code").asString()).isEqualTo("slot-not-found");
        JsonNode answers = api.get("/api/v1/attempts/" + attempt, learner).json().path("answers");
        assertThat(answers.path("q1").path("response").path("choice").asString()).isEqualTo("r");
        assertThat(answers.has("q2")).isFalse();
        assertThat(answers.path("q3").path("response").path("choice").asString()).isEqualTo("r");
    }

    @Test
    void submitNeedsAnIdempotencyKeyAndSavesAnswersSentAlong() {
        String attempt = fixtures.start(learner, fixtures.practice(teacher, items, Map.of()));
        api.post("/api/v1/attempts/" + attempt + "/submit", learner, null).isInvalid("Idempotency-Key");
        Api.Response submitted = api.send(MockMvcRequestBuilders.post("/api/v1/attempts/" + attempt + "/submit")
                .header("Idempotency-Key", "with-answers"), learner, Map.of("answers",
                        List.of(Map.of("slot", "q2", "response", Map.of("choice", "r"), "seq", 3))));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        JsonNode state = api.get("/api/v1/attempts/" + attempt, learner).json();
        assertThat(state.path("answers").path("q2").path("seq").asLong()).isEqualTo(3);
        assertThat(state.path("status").asString()).isIn("submitted", "graded");
        assertThat(state.path("submittedAt").isNull()).isFalse();
    }

    @Test
    void afterTheDeadlineAndGraceNothingIsSavedButWhatWasSavedStays() {
        String quiz = fixtures.practice(teacher, items, Map.of("timeLimitSeconds", 60));
        String attempt = fixtures.start(learner, quiz);
        JsonNode state = api.get("/api/v1/attempts/" + attempt, learner).json();
        assertThat(Duration.between(Instant.parse(state.path("startedAt").asString()),
                Instant.parse(state.path("deadline").asString()))).isEqualTo(Duration.ofSeconds(60));
        assertThat(state.path("graceSeconds").asLong()).isEqualTo(60);
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        clock.advance(Duration.ofSeconds(100));
        // Within the grace after the deadline, a slow save is still taken.
        assertThat(fixtures.save(learner, attempt, "q2", Map.of("choice", "r"), 1).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        Api.Response late = fixtures.save(learner, attempt, "q3", Map.of("choice", "r"), 1)
                .isProblem(409, "deadline-passed");
        assertThat(late.json().path("detail").asString()).contains("saved before");
        api.post("/api/v1/attempts/" + attempt + "/answers/batch", learner, Map.of("answers",
                List.of(Map.of("slot", "q3", "response", Map.of("choice", "r"), "seq", 1))))
                .isProblem(409, "deadline-passed");
        fixtures.submit(learner, attempt, "late").isProblem(409, "deadline-passed");
        JsonNode answers = api.get("/api/v1/attempts/" + attempt, learner).json().path("answers");
        assertThat(answers.has("q1")).isTrue();
        assertThat(answers.has("q2")).isTrue();
        assertThat(answers.has("q3")).isFalse();
    }

    @Test
    void attemptsRunOutAtTheTestsLimit() {
        String quiz = fixtures.practice(teacher, items, Map.of("attemptsAllowed", 1));
        String attempt = fixtures.start(learner, quiz);
        fixtures.submit(learner, attempt, "only");
        api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, null).isProblem(409, "attempts-exhausted");
    }

    @Test
    void scheduledOnlyTestsCannotBeStartedAsPractice() {
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items))));
        api.post("/api/v1/quizzes/" + quiz + "/attempts", learner, null).isProblem(409, "schedule-required");
        api.post("/api/v1/quizzes/" + java.util.UUID.randomUUID() + "/attempts", learner, null)
                .isProblem(404, "quiz-not-found");
    }

    @Test
    void sectionsOfACertificationAreTakenInOrder() {
        List<String> more = fixtures.items(teacher, bank, 2);
        Map<String, Object> first = QuizFixtures.fixedSection("Part 1", items);
        first.put("timeLimitSeconds", 600);
        Map<String, Object> second = QuizFixtures.fixedSection("Part 2", more);
        second.put("timeLimitSeconds", 300);
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("certification", Map.of(), List.of(first, second)));
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), clock.instant().minusSeconds(60),
                clock.instant().plus(Duration.ofDays(1)));
        Api.Response started = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String attempt = started.json().path("id").asString();
        assertThat(started.json().path("currentSection").asInt()).isZero();
        Instant start = Instant.parse(started.json().path("startedAt").asString());
        assertThat(Instant.parse(started.json().path("sectionDeadline").asString())).isEqualTo(start.plusSeconds(600));
        assertThat(Instant.parse(started.json().path("deadline").asString())).isEqualTo(start.plusSeconds(900));
        fixtures.save(learner, attempt, "q4", Map.of("choice", "r"), 1).isProblem(409, "section-closed");
        assertThat(fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1).status()).isEqualTo(200);
        api.post("/api/v1/attempts/" + attempt + "/sections/1/finish", learner, null)
                .isProblem(409, "section-not-current");
        Api.Response next = api.post("/api/v1/attempts/" + attempt + "/sections/0/finish", learner, null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().path("currentSection").asInt()).isEqualTo(1);
        fixtures.save(learner, attempt, "q1", Map.of("choice", "w"), 2).isProblem(409, "section-closed");
        assertThat(fixtures.save(learner, attempt, "q4", Map.of("choice", "r"), 1).status()).isEqualTo(200);
    }

    @Test
    void heartbeatsShowOnTheLiveBoard() {
        String quiz = fixtures.quiz(teacher, QuizFixtures.quizBody("weekly", Map.of(),
                List.of(QuizFixtures.fixedSection("A", items))));
        String schedule = fixtures.schedule(teacher, quiz, world.classId(), clock.instant().minusSeconds(60),
                clock.instant().plus(Duration.ofHours(1)));
        JsonNode before = api.get("/api/v1/schedules/" + schedule + "/board", teacher).json();
        assertThat(before.findValuesAsString("status")).containsExactly("not-started");
        String attempt = api.post("/api/v1/schedules/" + schedule + "/attempts", learner, null).json().path("id")
                .asString();
        fixtures.save(learner, attempt, "q1", Map.of("choice", "r"), 1);
        assertThat(api.post("/api/v1/attempts/" + attempt + "/heartbeat", learner, Map.of("slot", "q2",
                "online", true)).status()).isEqualTo(204);
        JsonNode row = api.get("/api/v1/schedules/" + schedule + "/board", teacher).json().get(0);
        assertThat(row.path("learner").path("id").asString()).isEqualTo(world.person(Role.LEARNER).id().toString());
        assertThat(row.path("status").asString()).isEqualTo("in-progress");
        assertThat(row.path("answered").asInt()).isEqualTo(1);
        assertThat(row.path("total").asInt()).isEqualTo(3);
        assertThat(row.path("connected").asBoolean()).isTrue();
        clock.advance(Duration.ofSeconds(50));
        assertThat(api.get("/api/v1/schedules/" + schedule + "/board", teacher).json().get(0).path("connected")
                .asBoolean()).isFalse();
        api.get("/api/v1/schedules/" + schedule + "/board", learner).isProblem(403, "access-denied");
    }
}
