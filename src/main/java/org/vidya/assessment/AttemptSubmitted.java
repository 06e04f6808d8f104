package org.vidya.assessment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * A learner's attempt was submitted, by the learner or automatically at its deadline. Published
 * once per attempt, in the transaction that submits it.
 */
public record AttemptSubmitted(AttemptId attempt, UserId learner, QuizId quiz, @Nullable ScheduleId schedule,
        boolean automatic, TenantId tenant, Instant occurredAt) {
}
