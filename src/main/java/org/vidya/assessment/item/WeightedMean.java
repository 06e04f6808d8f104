package org.vidya.assessment.item;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;

/**
 * The weighted mean of the scores of an item's parts (cloze gaps, case parts): every part's weight
 * counts, an unanswered part adds nothing, and the mean is clamped to [-1, 1].
 */
final class WeightedMean {

    private double weighted;
    private double weights;
    private boolean answered;

    /** One part with its weight and its score; null when it has no answer or no known type. */
    void add(double weight, @Nullable ItemScore score) {
        weights += weight;
        if (score != null && score.outcome() != Outcome.UNANSWERED) {
            answered = true;
            weighted += weight * score.fraction();
        }
    }

    /** Whether some part was answered and the weights add up to more than nothing. */
    boolean answered() {
        return answered && weights > 0;
    }

    double fraction() {
        return Math.max(-1, Math.min(1, weighted / weights));
    }
}
