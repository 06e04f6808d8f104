package org.vidya.assessment.grading;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;

/**
 * One slot of an attempt, scored: the type's fraction and outcome, the marks it earned under the
 * section's scheme out of its maximum, and the time the learner spent on it.
 */
public record SlotScore(AttemptKey.Slot slot, ItemScore itemScore, BigDecimal score, BigDecimal maxScore,
        boolean answered, long timeSpentMillis) {

    public Outcome outcome() {
        return itemScore.outcome();
    }

    public double fraction() {
        return itemScore.fraction();
    }

    public @Nullable String feedback() {
        return itemScore.feedback();
    }

    public boolean pending() {
        return itemScore.outcome() == Outcome.PENDING;
    }
}
