package org.vidya.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Every item of an attempt has a score. Published when the last score arrives (on submit for
 * objective tests, after the grading queue for essays) and again when a key change regrades the
 * attempt ({@code regrade} then says so).
 */
public record AttemptGraded(AttemptId attempt, UserId learner, QuizId quiz, @Nullable ScheduleId schedule,
        BigDecimal score, BigDecimal maxScore, List<ItemOutcome> items, boolean regrade, TenantId tenant,
        Instant occurredAt) {

    public AttemptGraded {
        items = List.copyOf(items);
    }
}
