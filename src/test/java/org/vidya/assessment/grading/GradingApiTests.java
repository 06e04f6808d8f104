package org.vidya.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptGraded;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.AttemptSubmitted;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemOutcome;
import org.vidya.assessment.quiz.AttemptGrading;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.ItemKeyChange;
import org.vidya.assessment.quiz.ResultPolicy.FeedbackTiming;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.support.Api;
import org.vidya.support.AtOnce;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.Person;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/**
 * Grading through the API: on submit, the grading queue, overrides, regrades after a key change,
 * results with rank and percentile, CSV, item analysis, and who may read what.
 */
@GradingApiTest
@RecordApplicationEvents
class GradingApiTests {

    @Autowired Api api;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired InMemoryAttemptLedger ledger;
    @Autowired AttemptGrading grading;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;

    World world;
    GradingFixtures fixtures;
    String learnerToken;
    String teacherToken;
    ItemId first;
    ItemId second;
    ItemId essay;

    static final String RIGHT = "{\"choice\":\"r\"}";
    static final String WRONG = "{\"choice\":\"w1\"}";
    static final String ESSAY = "{\"text\":\"Friction turns motion into heat.\"}";

    @BeforeEach
    void school() {
        world = data.world("grading");
        fixtures = new GradingFixtures(ledger, grading, transactions);
        learnerToken = api.signIn(world.person(Role.LEARNER)).accessToken();
        teacherToken = api.signIn(world.person(Role.TEACHER)).accessToken();
        first = ItemId.random();
        second = ItemId.random();
        essay = ItemId.random();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private GradingFixtures.Scheduled test(boolean withEssay, FeedbackTiming feedback) {
        return fixtures.schedule(world, GradingFixtures.key(withEssay, first, second, essay), feedback,
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)), new BigDecimal("4"));
    }

    private List<AttemptGraded> graded(AttemptId attempt) {
        return events.stream(AttemptGraded.class).filter(e -> e.attempt().equals(attempt)).toList();
    }

    private Person learnerInClass(String name) {
        Person learner = data.member(world.tenant(), name, Role.LEARNER);
        data.inClass(world.tenant(), world.classId(), learner, org.vidya.organization.domain.ClassMember.ClassRole.LEARNER);
        return learner;
    }

    @Test
    void anObjectiveAttemptIsGradedOnSubmitAndTheLearnerSeesItsResult() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT, "q2", WRONG));

        assertThat(events.stream(AttemptSubmitted.class).filter(e -> e.attempt().equals(attempt))).hasSize(1);
        List<AttemptGraded> graded = graded(attempt);
        assertThat(graded).hasSize(1);
        assertThat(graded.get(0).score()).isEqualByComparingTo("3");
        assertThat(graded.get(0).maxScore()).isEqualByComparingTo("8");
        assertThat(graded.get(0).regrade()).isFalse();
        assertThat(graded.get(0).items()).extracting(ItemOutcome::item).containsExactly(first, second);
        assertThat(graded.get(0).items().get(0).correct()).isTrue();
        assertThat(graded.get(0).items().get(0).secondaryConcepts()).containsExactly("vectors");
        assertThat(graded.get(0).items().get(0).responseTimeMillis()).isEqualTo(30_000);
        assertThat(ledger.isGraded(attempt)).isTrue();

        Api.Response result = api.get("/api/v1/attempts/" + attempt + "/result", learnerToken);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        JsonNode json = result.json();
        assertThat(json.path("finalResult").asBoolean()).isTrue();
        assertThat(json.path("score").decimalValue()).isEqualByComparingTo("3");
        assertThat(json.path("maxScore").decimalValue()).isEqualByComparingTo("8");
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("accuracy").asDouble()).isEqualTo(0.5);
        assertThat(json.path("quizTitle").asString()).isEqualTo("Weekly physics");
        assertThat(json.path("standing").path("rank").asInt()).isOne();
        assertThat(json.path("standing").path("percentile").asString()).isEqualTo("100.0000000");
        assertThat(json.path("standing").path("live").asBoolean()).isTrue();
        assertThat(json.path("sections").get(0).path("correct").asInt()).isOne();
        assertThat(json.path("sections").get(0).path("incorrect").asInt()).isOne();
        assertThat(json.path("concepts").findValuesAsString("concept")).containsExactly("kinematics", "optics");
        assertThat(json.path("itemsHidden").asBoolean()).isFalse();
        assertThat(json.path("items").findValuesAsString("outcome")).containsExactly("CORRECT", "INCORRECT");
        assertThat(json.path("items").get(0).path("feedback").asString()).isEqualTo("Yes.");
    }

    @Test
    void submittingTwiceGradesOnce() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        Tenancy.runAs(test.tenant(), () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> grading.submitted(ledger.submitted(attempt))));
        assertThat(graded(attempt)).hasSize(1);
        assertThat(data.jdbc().queryForObject("select count(*) from assessment_item_score where attempt_id = ?",
                Integer.class, attempt.value())).isEqualTo(2);
    }

    @Test
    void aResultIsNotFoundUntilSubmittedAndForOtherLearners() {
        api.get("/api/v1/attempts/" + AttemptId.random() + "/result", learnerToken).isProblem(404, "result-not-found");
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        String other = api.signIn(world.secondLearner()).accessToken();
        api.get("/api/v1/attempts/" + attempt + "/result", other).isProblem(404, "attempt-not-found");
        Person stranger = data.member(world.tenant(), Role.TEACHER);
        api.get("/api/v1/attempts/" + attempt + "/result", api.signIn(stranger).accessToken())
                .isProblem(404, "attempt-not-found");
    }

    @Test
    void theClassTeacherReadsAResultAndTheReadIsAudited() {
        var test = test(false, FeedbackTiming.AFTER_WINDOW);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        Api.Response result = api.get("/api/v1/attempts/" + attempt + "/result", teacherToken);
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.json().path("items").size()).isEqualTo(2);
        assertThat(data.jdbc().queryForObject("""
                select count(*) from privacy_audit_event where action = 'assessment.result-read' and resource_id = ?
                and actor_id = ?""", Integer.class, attempt.toString(), world.person(Role.TEACHER).id().value()))
                .isOne();
        String admin = api.signIn(world.person(Role.ORG_ADMIN)).accessToken();
        assertThat(api.get("/api/v1/attempts/" + attempt + "/result", admin).status()).isEqualTo(200);
    }

    @Test
    void itemDetailWaitsForTheWindowToCloseWhenTheTestSaysSo() {
        var test = test(false, FeedbackTiming.AFTER_WINDOW);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        JsonNode during = api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json();
        assertThat(during.path("itemsHidden").asBoolean()).isTrue();
        assertThat(during.path("items").size()).isZero();
        assertThat(during.path("score").decimalValue()).isEqualByComparingTo("4");

        clock.advance(Duration.ofHours(2));
        Api.Response afterWindow = api.get("/api/v1/attempts/" + attempt + "/result",
                api.signIn(world.person(Role.LEARNER)).accessToken());
        assertThat(afterWindow.status()).as(afterWindow.body()).isEqualTo(200);
        JsonNode after = afterWindow.json();
        assertThat(after.path("itemsHidden").asBoolean()).isFalse();
        assertThat(after.path("items").size()).isEqualTo(2);
        assertThat(after.path("standing").path("live").asBoolean()).isFalse();
    }

    @Test
    void ranksAndPercentilesFollowTheNtaRuleAcrossTheCohortAndItsSections() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        Person second = learnerInClass("Second learner");
        Person third = learnerInClass("=HYPERLINK(\"http://evil\")");
        AttemptId top = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT, "q2", RIGHT));
        AttemptId tie1 = fixtures.submit(test, second.id(), Map.of("q1", RIGHT, "q2", WRONG));
        AttemptId tie2 = fixtures.submit(test, third.id(), Map.of("q1", WRONG, "q2", RIGHT));
        Person fourth = learnerInClass("Fourth");
        AttemptId low = fixtures.submit(test, fourth.id(), Map.of("q1", WRONG, "q2", WRONG));

        JsonNode standing = api.get("/api/v1/attempts/" + tie1 + "/result", api.signIn(second).accessToken()).json()
                .path("standing");
        assertThat(standing.path("rank").asInt()).isEqualTo(2);
        assertThat(standing.path("takers").asInt()).isEqualTo(4);
        assertThat(standing.path("percentile").asString()).isEqualTo("75.0000000");

        Api.Response cohort = api.get("/api/v1/schedules/" + test.schedule() + "/results", teacherToken);
        assertThat(cohort.status()).as(cohort.body()).isEqualTo(200);
        JsonNode rows = cohort.json();
        assertThat(rows.findValuesAsString("attempt")).containsExactly(top.toString(), tie1.toString(), tie2.toString(),
                low.toString());
        assertThat(rows.findValues("rank").stream().map(JsonNode::asInt).toList()).containsExactly(1, 2, 2, 4);
        assertThat(rows.findValuesAsString("percentile"))
                .containsExactly("100.0000000", "75.0000000", "75.0000000", "25.0000000");
        assertThat(rows.get(3).path("score").decimalValue()).isEqualByComparingTo("-2");
        assertThat(rows.get(0).path("learner").path("name").asString()).isEqualTo(world.person(Role.LEARNER).name());
        assertThat(rows.get(0).path("learner").path("id").asString()).isEqualTo(world.person(Role.LEARNER).id().toString());
        assertThat(rows.get(0).path("final").asBoolean()).isTrue();

        // A new attempt changes the standings at once.
        Person fifth = learnerInClass("Fifth");
        fixtures.submit(test, fifth.id(), Map.of("q1", RIGHT, "q2", RIGHT));
        JsonNode again = api.get("/api/v1/attempts/" + top + "/result", learnerToken).json().path("standing");
        assertThat(again.path("rank").asInt()).isOne();
        assertThat(again.path("takers").asInt()).isEqualTo(5);
        assertThat(again.path("percentile").asString()).isEqualTo("100.0000000");
        JsonNode lowStanding = api.get("/api/v1/attempts/" + low + "/result", api.signIn(fourth).accessToken()).json();
        assertThat(lowStanding.path("standing").path("percentile").asString()).isEqualTo("20.0000000");
        assertThat(lowStanding.path("sections").get(0).path("standing").path("rank").asInt()).isEqualTo(5);
    }

    @Test
    void theCohortDownloadsAsCsvWithFormulasDefused() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        Person sly = learnerInClass("=HYPERLINK(\"http://evil\")");
        fixtures.submit(test, sly.id(), Map.of("q1", WRONG, "q2", WRONG));
        fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        Api.Response csv = api.get("/api/v1/schedules/" + test.schedule() + "/results.csv", teacherToken);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(
                "learner,learner_id,score,max_score,percentage,rank,percentile,section: Physics,section: Chemistry,submitted_at");
        assertThat(lines.get(1)).startsWith(world.person(Role.LEARNER).name() + "," + world.person(Role.LEARNER).id()
                + ",4.00,8.00,50.00,1,100.0000000,4.00,0.00,");
        assertThat(lines.get(2)).startsWith("\"'=HYPERLINK(\"\"http://evil\"\")\"," + sly.id() + ",-2.00,8.00,-25.00,2,50.0000000");
    }

    @Test
    void onlyTheClassTeachersAndAdminsSeeTheCohort() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT));
        Person stranger = data.member(world.tenant(), Role.TEACHER);
        api.get("/api/v1/schedules/" + test.schedule() + "/results", api.signIn(stranger).accessToken())
                .isProblem(404, "schedule-not-found");
        api.get("/api/v1/schedules/" + test.schedule() + "/results", learnerToken).isProblem(403, "access-denied");
        String admin = api.signIn(world.person(Role.ORG_ADMIN)).accessToken();
        assertThat(api.get("/api/v1/schedules/" + test.schedule() + "/results", admin).json().size()).isOne();
    }

    @Test
    void anEssayWaitsInTheQueueAndTheAttemptIsGradedOnceItIsScored() {
        var test = test(true, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(),
                Map.of("q1", RIGHT, "q2", RIGHT, "q3", ESSAY));
        assertThat(graded(attempt)).isEmpty();
        assertThat(ledger.isGraded(attempt)).isFalse();
        JsonNode pending = api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json();
        assertThat(pending.path("finalResult").asBoolean()).isFalse();
        assertThat(pending.path("passed").isNull()).isTrue();
        assertThat(pending.path("sections").get(1).path("pending").asInt()).isOne();

        Api.Response queue = api.get("/api/v1/grading/tasks?schedule=" + test.schedule(), teacherToken);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.json().path("items").size()).isOne();
        JsonNode listed = queue.json().path("items").get(0);
        assertThat(listed.path("slot").asString()).isEqualTo("q3");
        assertThat(listed.path("grader").asString()).isEqualTo("person");
        assertThat(listed.path("learnerName").asString()).isEqualTo(world.person(Role.LEARNER).name());
        String task = listed.path("id").asString();

        JsonNode view = api.get("/api/v1/grading/tasks/" + task, teacherToken).json();
        assertThat(view.path("prompt").asString()).contains("<em>friction</em>");
        assertThat(view.path("response").path("text").asString()).isEqualTo("Friction turns motion into heat.");
        assertThat(view.path("rubric").path("criteria").size()).isEqualTo(2);
        assertThat(view.path("guidance").asString()).isEqualTo("Mentions heat.");
        assertThat(view.path("maxScore").decimalValue()).isEqualByComparingTo("10");

        Api.Response scored = api.put("/api/v1/grading/tasks/" + task, teacherToken,
                Map.of("levels", Map.of("c1", "l2", "c2", "s1"), "feedback", "Good idea."));
        assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        assertThat(scored.json().path("score").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(scored.json().path("task").path("status").asString()).isEqualTo("done");

        List<AttemptGraded> graded = graded(attempt);
        assertThat(graded).hasSize(1);
        assertThat(graded.get(0).regrade()).isFalse();
        assertThat(graded.get(0).score()).isEqualByComparingTo("15.5");
        assertThat(ledger.isGraded(attempt)).isTrue();
        JsonNode result = api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json();
        assertThat(result.path("finalResult").asBoolean()).isTrue();
        assertThat(result.path("passed").asBoolean()).isTrue();
        assertThat(result.path("items").get(2).path("feedback").asString()).isEqualTo("Good idea.");
        assertThat(api.get("/api/v1/grading/tasks?schedule=" + test.schedule(), teacherToken).json().path("items")
                .size()).isZero();

        // Scoring it again is a regrade.
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("fraction", 1));
        assertThat(graded(attempt)).hasSize(2);
        assertThat(graded(attempt).get(1).regrade()).isTrue();
        assertThat(graded(attempt).get(1).score()).isEqualByComparingTo("18");
    }

    @Test
    void theQueueRefusesBadScoresAndStrangers() {
        var test = test(true, FeedbackTiming.AFTER_SUBMIT);
        fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q3", ESSAY));
        String task = api.get("/api/v1/grading/tasks", teacherToken).json().path("items").get(0).path("id").asString();

        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("levels", Map.of("c1", "l2")))
                .isInvalid("levels.c2");
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("levels", Map.of("c1", "nope", "c2", "s1")))
                .isInvalid("levels.c1");
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("fraction", 1.5)).isInvalid("fraction");
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("fraction", -0.5)).isInvalid("fraction");
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of()).isInvalid("fraction");
        api.put("/api/v1/grading/tasks/" + task, teacherToken,
                Map.of("fraction", 1, "levels", Map.of("c1", "l2", "c2", "s1"))).isInvalid("fraction");
        api.put("/api/v1/grading/tasks/" + task, teacherToken, Map.of("fraction", 1, "feedback", "x".repeat(10_001)))
                .isInvalid("feedback");
        assertThat(data.jdbc().queryForObject("select status from assessment_grading_task where id = ?::uuid",
                String.class, task)).isEqualTo("PENDING");

        Person stranger = data.member(world.tenant(), Role.TEACHER);
        String strangerToken = api.signIn(stranger).accessToken();
        assertThat(api.get("/api/v1/grading/tasks", strangerToken).json().path("items").size()).isZero();
        api.get("/api/v1/grading/tasks/" + task, strangerToken).isProblem(404, "grading-task-not-found");
        api.put("/api/v1/grading/tasks/" + task, strangerToken, Map.of("fraction", 1))
                .isProblem(404, "grading-task-not-found");
        api.get("/api/v1/grading/tasks/" + task, learnerToken).isProblem(403, "access-denied");
    }

    @Test
    void aTeacherOverridesAnObjectiveItemAndTheAttemptIsRegraded() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT, "q2", WRONG));
        Api.Response overridden = api.put("/api/v1/attempts/" + attempt + "/items/q2/score", teacherToken,
                Map.of("fraction", 1, "feedback", "The key was ambiguous."));
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        assertThat(overridden.json().path("score").decimalValue()).isEqualByComparingTo("8");
        List<AttemptGraded> graded = graded(attempt);
        assertThat(graded).hasSize(2);
        assertThat(graded.get(1).regrade()).isTrue();
        assertThat(graded.get(1).score()).isEqualByComparingTo("8");

        api.put("/api/v1/attempts/" + attempt + "/items/q9/score", teacherToken, Map.of("fraction", 1))
                .isProblem(404, "slot-not-found");
        api.put("/api/v1/attempts/" + attempt + "/items/xyz/score", teacherToken, Map.of("fraction", 1))
                .isProblem(404, "slot-not-found");
        api.put("/api/v1/attempts/" + attempt + "/items/q1/score", teacherToken, Map.of("fraction", -2))
                .isInvalid("fraction");
        api.put("/api/v1/attempts/" + attempt + "/items/q1/score", learnerToken, Map.of("fraction", 1))
                .isProblem(403, "access-denied");
        api.put("/api/v1/attempts/" + AttemptId.random() + "/items/q1/score", teacherToken, Map.of("fraction", 1))
                .isProblem(404, "attempt-not-found");
    }

    @Test
    void aKeyChangeRegradesTheAttemptsThatUsedTheItemAndKeepsTeachersScores() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId chose = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", WRONG, "q2", WRONG));
        Person other = learnerInClass("Other");
        AttemptId overridden = fixtures.submit(test, other.id(), Map.of("q1", WRONG, "q2", RIGHT));
        api.put("/api/v1/attempts/" + overridden + "/items/q1/score", teacherToken, Map.of("fraction", 0.5));

        // The author finds that w1 was right all along.
        JsonNode newBody = SimpleItemTypes.json("""
                {"prompt":"Which?","choices":[{"id":"r","text":"right","fraction":0},
                {"id":"w1","text":"wrong","fraction":1},{"id":"w2","text":"worse","fraction":0}]}""");
        Tenancy.runAs(test.tenant(), () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> publisher.publishEvent(new ItemKeyChange(first, 2, newBody))));

        List<AttemptGraded> regraded = graded(chose).stream().filter(AttemptGraded::regrade).toList();
        assertThat(regraded).hasSize(1);
        assertThat(regraded.get(0).score()).isEqualByComparingTo("3");
        assertThat(api.get("/api/v1/attempts/" + chose + "/result", learnerToken).json().path("score").decimalValue())
                .isEqualByComparingTo("3");
        // The teacher's half credit on q1 stands: 0.5 × 4 under JEE marking is partial, which counts as incorrect.
        AttemptGraded kept = graded(overridden).getLast();
        assertThat(kept.regrade()).isTrue();
        assertThat(kept.items().get(0).fraction()).isEqualTo(0.5);
    }

    @Test
    void itemAnalysisGivesFacilityDiscriminationAndOptionRates() {
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT, "q2", RIGHT));
        fixtures.submit(test, learnerInClass("B").id(), Map.of("q1", RIGHT, "q2", WRONG));
        fixtures.submit(test, learnerInClass("C").id(), Map.of("q1", WRONG, "q2", WRONG));
        fixtures.submit(test, learnerInClass("D").id(), Map.of("q2", "{\"choice\":\"w2\"}"));

        Api.Response report = api.get("/api/v1/schedules/" + test.schedule() + "/item-analysis", teacherToken);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode items = report.json().path("items");
        assertThat(report.json().path("takers").asInt()).isEqualTo(4);
        assertThat(items.findValuesAsString("slot")).containsExactly("q1", "q2");
        JsonNode q1 = items.get(0);
        assertThat(q1.path("exposures").asLong()).isEqualTo(4);
        assertThat(q1.path("facility").asDouble()).isEqualTo(0.5);
        // q1 credit (1,1,0,0) against the rest score (4,-1,-1,-1): strongly positive.
        assertThat(q1.path("discrimination").asDouble()).isGreaterThan(0.5);
        JsonNode options = q1.path("options");
        assertThat(options.findValuesAsString("id")).containsExactly("r", "w1", "w2");
        assertThat(options.findValues("rate").stream().map(JsonNode::asDouble).toList()).containsExactly(0.5, 0.25, 0.0);
        assertThat(options.get(0).path("key").asBoolean()).isTrue();
        api.get("/api/v1/schedules/" + test.schedule() + "/item-analysis", learnerToken).isProblem(403, "access-denied");
    }

    /** A single-choice item in a bank of the world's school, keyed "r", with an explanation. */
    private ItemId bankItem() {
        String bank = api.post("/api/v1/item-banks", teacherToken, Map.of("name", "Mechanics")).json().path("id")
                .asString();
        Api.Response item = api.post("/api/v1/item-banks/" + bank + "/items", teacherToken, Map.of(
                "type", "single-choice", "title", "Velocity", "explanation", "Because **v = u + at**.",
                "body", Map.of("prompt", "Which?", "choices", List.of(
                        Map.of("id", "r", "text", "right", "fraction", 1),
                        Map.of("id", "w1", "text", "wrong", "fraction", 0)))));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        return ItemId.of(item.json().path("id").asString());
    }

    @Test
    void itemStatisticsAreWrittenBackToTheBankAndExplanationsShownWithResults() {
        first = bankItem();
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", RIGHT, "q2", RIGHT));
        fixtures.submit(test, learnerInClass("B").id(), Map.of("q1", RIGHT, "q2", WRONG));
        fixtures.submit(test, learnerInClass("C").id(), Map.of("q1", WRONG, "q2", WRONG));
        fixtures.submit(test, learnerInClass("D").id(), Map.of("q1", WRONG, "q2", RIGHT));

        JsonNode items = api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json().path("items");
        assertThat(items.get(0).path("explanation").asString()).contains("<strong>v &#61; u &#43; at</strong>");

        Api.Response recorded = api.post("/api/v1/schedules/" + test.schedule() + "/item-analysis/statistics",
                teacherToken, null);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        JsonNode statistics = api.get("/api/v1/items/" + first, teacherToken).json().path("statistics");
        assertThat(statistics.path("exposures").asLong()).isEqualTo(4);
        assertThat(statistics.path("facility").asDouble()).isEqualTo(0.5);
        assertThat(statistics.path("discrimination").isNumber()).isTrue();
    }

    @Test
    void editingAnItemsKeyInTheBankRegradesTheAttemptsThatUsedIt() {
        first = bankItem();
        var test = test(false, FeedbackTiming.AFTER_SUBMIT);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", WRONG, "q2", RIGHT));
        assertThat(graded(attempt).getFirst().score()).isEqualByComparingTo("3");

        Api.Response edited = api.put("/api/v1/items/" + first, teacherToken, Map.of(
                "type", "single-choice", "title", "Velocity",
                "body", Map.of("prompt", "Which?", "choices", List.of(
                        Map.of("id", "r", "text", "right", "fraction", 0),
                        Map.of("id", "w1", "text", "wrong", "fraction", 1)))));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        List<AttemptGraded> regraded = graded(attempt).stream().filter(AttemptGraded::regrade).toList();
        assertThat(regraded).hasSize(1);
        assertThat(regraded.get(0).score()).isEqualByComparingTo("8");
        assertThat(Tenancy.callAs(test.tenant(), () -> ledger.submitted(attempt)).key().slots().get(0).itemVersion())
                .isEqualTo(2);
    }

    @Test
    void twoTeachersScoringTheLastTwoEssaysAtOnceMakeTheResultFinalOnce() throws Exception {
        AttemptKey key = new AttemptKey(List.of(new AttemptKey.Section("Essays", null, MarkingScheme.itemMarks())),
                List.of(new AttemptKey.Slot("q1", 0, ItemId.random(), 1, GradingTestConfiguration.ESSAY,
                                GradingFixtures.essayBody(), BigDecimal.TEN, BigDecimal.ZERO, null, List.of(), "hard"),
                        new AttemptKey.Slot("q2", 0, ItemId.random(), 1, GradingTestConfiguration.ESSAY,
                                GradingFixtures.essayBody(), BigDecimal.TEN, BigDecimal.ZERO, null, List.of(), "hard")));
        var test = fixtures.schedule(world, key, FeedbackTiming.AFTER_SUBMIT, Instant.now().minusSeconds(60),
                Instant.now().plusSeconds(3600), null);
        AttemptId attempt = fixtures.submit(test, world.person(Role.LEARNER).id(), Map.of("q1", ESSAY, "q2", ESSAY));
        List<String> tasks = api.get("/api/v1/grading/tasks?schedule=" + test.schedule(), teacherToken).json()
                .path("items").findValuesAsString("id");
        assertThat(tasks).hasSize(2);
        String adminToken = api.signIn(world.person(Role.ORG_ADMIN)).accessToken();
        List<String> tokens = List.of(teacherToken, adminToken);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        try (AtOnce atOnce = new AtOnce(2)) {
            List<Integer> statuses = atOnce.run(() -> {
                int i = next.getAndIncrement();
                return api.put("/api/v1/grading/tasks/" + tasks.get(i), tokens.get(i), Map.of("fraction", 1)).status();
            });
            assertThat(statuses).containsExactly(200, 200);
        }
        assertThat(graded(attempt)).hasSize(1);
        assertThat(graded(attempt).get(0).score()).isEqualByComparingTo("20");
        assertThat(api.get("/api/v1/attempts/" + attempt + "/result", learnerToken).json().path("finalResult")
                .asBoolean()).isTrue();
    }
}
