package org.vidya.mastery;

import java.time.Instant;

/** A concept whose review is due: seed 004's "what should I review now", weakest first. */
public record DueReview(String concept, double mastery, Instant nextReview, double recall) {
}
