package org.vidya.assessment.spi;

import org.jspecify.annotations.Nullable;

/**
 * The score of one response as a fraction of the item's credit: 1 for fully right, between 0 and 1
 * for partial credit, 0 for wrong, and below 0 only when the body gives wrong options negative
 * weight (never below -1). Marks and the test's marking scheme are applied by grading, not here.
 * {@code feedback} is the feedback the body attaches to the chosen answer, if any.
 */
public record ItemScore(double fraction, Outcome outcome, @Nullable String feedback) {

    public ItemScore {
        if (Double.isNaN(fraction) || fraction < -1 || fraction > 1) {
            throw new IllegalArgumentException("fraction out of [-1, 1]: " + fraction);
        }
    }

    public static ItemScore unanswered() {
        return new ItemScore(0, Outcome.UNANSWERED, null);
    }

    public static ItemScore pending() {
        return new ItemScore(0, Outcome.PENDING, null);
    }

    /** CORRECT at 1, INCORRECT at 0 or below, PARTIAL in between. */
    public static ItemScore of(double fraction, @Nullable String feedback) {
        Outcome outcome = fraction >= 0.999_999 ? Outcome.CORRECT : fraction <= 0 ? Outcome.INCORRECT : Outcome.PARTIAL;
        return new ItemScore(Math.max(-1, Math.min(1, fraction)), outcome, feedback);
    }
}
