package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** A submitted attempt as grading reads it: the key, the saved answers by slot, and the quiz's feedback rules. */
public record SubmittedAttempt(AttemptId id, TenantId tenant, UserId learner, QuizId quiz, String quizTitle,
        @Nullable ScheduleId schedule, AttemptKey key, Map<String, SavedAnswer> answers, boolean automatic,
        Instant startedAt, Instant submittedAt) {

    public SubmittedAttempt {
        answers = Map.copyOf(answers);
    }
}
