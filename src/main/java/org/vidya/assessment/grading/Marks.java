package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;

/**
 * Turns an item's fraction into marks under its section's marking scheme. The rules are in
 * {@code docs/grading.md}; marks are kept in hundredths, rounded half up.
 */
public final class Marks {

    static final int SCALE = 2;

    private Marks() {
    }

    /** The most a slot can earn: its own marks, or the scheme's marks for a right answer. */
    public static BigDecimal max(AttemptKey.Slot slot, MarkingScheme scheme) {
        return round(scheme.mode() == MarkingScheme.Mode.FIXED ? scheme.correct() : slot.marks());
    }

    /** The marks a scored response earns. Pending items earn nothing until a person scores them. */
    public static BigDecimal of(AttemptKey.Slot slot, MarkingScheme scheme, ItemScore score) {
        Outcome outcome = score.outcome();
        if (outcome == Outcome.PENDING) {
            return zero();
        }
        if (scheme.mode() == MarkingScheme.Mode.FIXED) {
            return round(switch (outcome) {
                case CORRECT -> scheme.correct();
                case PARTIAL -> scheme.partialCredit()
                        ? scheme.correct().multiply(BigDecimal.valueOf(score.fraction()))
                        : scheme.incorrect();
                case INCORRECT -> scheme.incorrect();
                case UNANSWERED -> scheme.unanswered();
                case PENDING -> BigDecimal.ZERO;
            });
        }
        if (outcome == Outcome.UNANSWERED) {
            return zero();
        }
        if (score.fraction() > 0) {
            return round(slot.marks().multiply(BigDecimal.valueOf(score.fraction())));
        }
        // An answered item that earned nothing (or a negative weight) costs its negative marks,
        // no more and no less, so a body's negative weights cannot exceed the penalty the
        // author set for the item.
        return round(slot.negativeMarks().abs().negate());
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
