package org.vidya.mastery.model;

/**
 * Memory of one concept as the review scheduler sees it (FSRS-style): {@code stability} is the
 * number of days after which recall falls to 90 %, {@code difficulty} runs 1..10,
 * {@code lastReview} is epoch seconds, {@code reviews} counts reviews.
 */
public record MemoryState(double stability, double difficulty, long lastReview, int reviews) {
}
