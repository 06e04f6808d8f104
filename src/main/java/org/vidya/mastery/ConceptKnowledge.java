package org.vidya.mastery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What Vidya believes a learner knows of one concept. {@code mastery} is the probability (0..1)
 * of answering an item of average difficulty on the concept right now; {@code attempts} and
 * {@code correct} count direct evidence (items whose primary or secondary concept it is);
 * {@code stability} (days) and {@code memoryDifficulty} (1..10) describe memory as the review
 * scheduler sees it; {@code nextReview} is when recall is expected to fall to the target
 * retention; {@code confidence} (0..1) says how much evidence backs {@code mastery}. A concept
 * with no evidence at all has no row: callers treat it as unknown, not as zero.
 */
public record ConceptKnowledge(String concept, double mastery, int attempts, int correct,
        @Nullable Instant lastPractice, double stability, double memoryDifficulty, @Nullable Instant nextReview,
        double confidence) {
}
