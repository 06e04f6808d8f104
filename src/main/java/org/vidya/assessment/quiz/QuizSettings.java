package org.vidya.assessment.quiz;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * How a test is taken.
 *
 * @param timeLimitSeconds  the whole test's time limit; none: untimed (a schedule's window still ends it)
 * @param attemptsAllowed   attempts per learner (per schedule when scheduled); 0: no limit
 * @param tries             tries per item under interactive behaviour
 * @param penaltyPerTry     the fraction of an item's credit lost per extra try (0..1), interactive only
 * @param passMark          the score that passes, in marks; none: no pass mark
 */
public record QuizSettings(@Nullable Integer timeLimitSeconds, int attemptsAllowed, boolean shuffleQuestions,
        boolean shuffleOptions, Navigation navigation, FeedbackTiming feedback, QuestionBehaviour questionBehaviour,
        int tries, BigDecimal penaltyPerTry, @Nullable BigDecimal passMark) {

    public enum Navigation {
        FREE,
        SEQUENTIAL
    }

    public enum FeedbackTiming {
        IMMEDIATE,
        AFTER_SUBMIT,
        AFTER_WINDOW
    }

    public enum QuestionBehaviour {
        DEFERRED,
        IMMEDIATE,
        INTERACTIVE
    }

    /** Untimed, unlimited attempts, in order, feedback after submit. */
    public static QuizSettings defaults() {
        return new QuizSettings(null, 0, false, false, Navigation.FREE, FeedbackTiming.AFTER_SUBMIT,
                QuestionBehaviour.DEFERRED, 1, BigDecimal.ZERO, null);
    }
}
