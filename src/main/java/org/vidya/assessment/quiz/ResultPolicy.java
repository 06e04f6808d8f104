package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.QuizId;
import org.vidya.organization.ClassId;

/**
 * What results need of a test and, when scheduled, of its schedule: when per-item detail and
 * explanations may be shown, the pass mark (marks, not a percentage), and the cohort's class and
 * window (ranks are live while the window is open and final after it closes).
 */
public record ResultPolicy(QuizId quiz, String quizTitle, FeedbackTiming feedback, @Nullable BigDecimal passMark, @Nullable ClassId classId,
        @Nullable Instant opensAt, @Nullable Instant closesAt) {

    public enum FeedbackTiming {
        /** While the attempt runs (question behaviour immediate or interactive), and after. */
        IMMEDIATE,
        /** As soon as the attempt is submitted. */
        AFTER_SUBMIT,
        /** Once the schedule's window has closed (for practice tests: on submit). */
        AFTER_WINDOW
    }

    /** Whether the window is still open at {@code now}; practice tests have none. */
    public boolean windowOpen(Instant now) {
        return closesAt != null && now.isBefore(closesAt);
    }

    /** Whether per-item detail and explanations may be shown to the learner at {@code now}. */
    public boolean itemsVisible(Instant now) {
        return feedback != FeedbackTiming.AFTER_WINDOW || !windowOpen(now);
    }
}
