package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.quiz.AttemptGrading;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Grading rows of a tenant for tests outside grading (the cross-tenant contract): a practice
 * attempt with one essay, graded on submit, so it has a result, an item score and a task
 * waiting for a person, without needing the item's type or the attempt's ledger.
 */
public final class GradingRows {

    private GradingRows() {
    }

    public static AttemptId essayAttempt(AttemptGrading grading, PlatformTransactionManager transactions,
            TenantId tenant, UserId learner) {
        AttemptKey key = new AttemptKey(List.of(new AttemptKey.Section("Essays", null, MarkingScheme.itemMarks())),
                List.of(new AttemptKey.Slot("q1", 0, ItemId.random(), 1, "essay",
                        SimpleItemTypes.json("{\"prompt\":\"Write about rivers.\"}"), BigDecimal.TEN, BigDecimal.ZERO,
                        "geography.rivers", List.of(), "medium")));
        SubmittedAttempt attempt = new SubmittedAttempt(AttemptId.random(), tenant, learner, QuizId.random(),
                "Essays", null, key, Map.of("q1", new SavedAnswer("q1",
                        SimpleItemTypes.json("{\"text\":\"Rivers run to the sea.\"}"), 60_000, false, Instant.now())),
                false, Instant.now().minusSeconds(600), Instant.now());
        Tenancy.runAs(tenant, () -> new TransactionTemplate(transactions).executeWithoutResult(
                status -> grading.submitted(attempt)));
        return attempt.id();
    }
}
