package org.vidya.mastery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A predicted score and rank on the next (or latest) benchmark test, each with an interval that
 * holds with probability {@code coverage} (for example 0.8), from the learner's ability and its
 * error and the paper's items. {@code cohort} is how many took that benchmark; the rank interval
 * is null when nobody has.
 */
public record Prediction(String benchmarkTitle, @Nullable Instant benchmarkOpens, double maxScore, double score,
        double scoreLow, double scoreHigh, @Nullable Integer rank, @Nullable Integer rankBest,
        @Nullable Integer rankWorst, int cohort, double coverage, String basis) {
}
