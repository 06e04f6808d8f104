package org.vidya.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one item of a graded attempt went, for the mastery engine: the fraction of the item
 * earned (0 to 1; negative only when wrong answers carry negative weight), the marks earned out
 * of the maximum, the concepts it tests, its difficulty, and the time the learner spent on it.
 */
public record ItemOutcome(ItemId item, String type, @Nullable String primaryConcept, List<String> secondaryConcepts,
        String difficulty, double fraction, boolean answered, BigDecimal score, BigDecimal maxScore,
        long responseTimeMillis) {

    public ItemOutcome {
        secondaryConcepts = List.copyOf(secondaryConcepts);
    }

    /** Fully right: the whole of the item's credit. */
    public boolean correct() {
        return fraction >= 0.999_999;
    }
}
