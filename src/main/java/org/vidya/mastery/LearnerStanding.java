package org.vidya.mastery;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A learner's overall position: ability {@code theta} on the IRT scale with its standard error
 * (from the diagnostic and later evidence), mean mastery over the concepts with evidence, how many
 * concepts have evidence, whether the diagnostic was taken, and the exam date they set.
 */
public record LearnerStanding(double theta, double thetaStandardError, double overallMastery, int conceptsWithEvidence,
        boolean diagnosed, @Nullable LocalDate examDate) {
}
