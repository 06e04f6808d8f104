package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptGrading;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.organization.ClassId;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.support.TestData.World;

import tools.jackson.databind.JsonNode;

/** Scheduled tests and submitted attempts for grading's API tests, without the attempts part. */
final class GradingFixtures {

    static final ItemId Q1 = ItemId.random();

    private final InMemoryAttemptLedger ledger;
    private final AttemptGrading grading;
    private final TransactionTemplate transaction;

    GradingFixtures(InMemoryAttemptLedger ledger, AttemptGrading grading, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.grading = grading;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A scheduled test of the world's class. */
    record Scheduled(TenantId tenant, QuizId quiz, ScheduleId schedule, AttemptKey key) {
    }

    static JsonNode essayBody() {
        return SimpleItemTypes.json("""
                {"prompt":"Discuss *friction*.","guidance":"Mentions heat.","rubric":{"criteria":[
                  {"id":"c1","title":"Idea","levels":[{"id":"l0","title":"Missing","points":0},{"id":"l2","title":"Clear","points":2}]},
                  {"id":"c2","title":"Style","levels":[{"id":"s0","title":"Poor","points":0},{"id":"s1","title":"Good","points":1},
                  {"id":"s2","title":"Fine","points":2}]}]}}""");
    }

    /** Two JEE-marked choice items (physics) and, when asked, an essay of 10 marks (chemistry). */
    static AttemptKey key(boolean withEssay, ItemId first, ItemId second, ItemId essay) {
        List<AttemptKey.Slot> slots = new java.util.ArrayList<>(List.of(
                new AttemptKey.Slot("q1", 0, first, 1, GradingTestConfiguration.CHOICE, SimpleItemTypes.choiceBody(),
                        BigDecimal.ONE, BigDecimal.ZERO, "kinematics", List.of("vectors"), "easy"),
                new AttemptKey.Slot("q2", 0, second, 1, GradingTestConfiguration.CHOICE, SimpleItemTypes.choiceBody(),
                        BigDecimal.ONE, BigDecimal.ZERO, "optics", List.of(), "hard")));
        if (withEssay) {
            slots.add(new AttemptKey.Slot("q3", 1, essay, 1, GradingTestConfiguration.ESSAY, essayBody(),
                    BigDecimal.TEN, BigDecimal.ZERO, "thermodynamics", List.of(), "medium"));
        }
        return new AttemptKey(List.of(new AttemptKey.Section("Physics", null, MarkingScheme.jee()),
                new AttemptKey.Section("Chemistry", null, MarkingScheme.itemMarks())), slots);
    }

    Scheduled schedule(World world, AttemptKey key, ResultPolicy.FeedbackTiming feedback, Instant opens,
            Instant closes, BigDecimal passMark) {
        QuizId quiz = QuizId.random();
        ScheduleId schedule = ScheduleId.random();
        ResultPolicy policy = new ResultPolicy(quiz, "Weekly physics", feedback, passMark, new ClassId(world.classId()),
                opens, closes);
        ledger.quiz(world.tenant().id(), new ResultPolicy(quiz, "Weekly physics", feedback, passMark, null, null, null));
        ledger.schedule(world.tenant().id(), schedule, policy);
        return new Scheduled(world.tenant().id(), quiz, schedule, key);
    }

    /** Submits an attempt with these responses by slot ("q1" → {"choice":"r"}) and grades it as attempts would. */
    AttemptId submit(Scheduled test, UserId learner, Map<String, String> responses) {
        Map<String, SavedAnswer> answers = new HashMap<>();
        responses.forEach((slot, response) -> answers.put(slot,
                new SavedAnswer(slot, SimpleItemTypes.json(response), 30_000, false, Instant.now())));
        SubmittedAttempt attempt = new SubmittedAttempt(AttemptId.random(), test.tenant(), learner, test.quiz(),
                "Weekly physics", test.schedule(), test.key(), answers, false, Instant.now().minusSeconds(600),
                Instant.now());
        ledger.add(attempt);
        Tenancy.runAs(test.tenant(), () -> transaction.executeWithoutResult(status -> grading.submitted(attempt)));
        return attempt.id();
    }
}
