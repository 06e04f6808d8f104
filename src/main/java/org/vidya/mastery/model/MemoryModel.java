package org.vidya.mastery.model;

/** When to review: a memory model that updates on each review and schedules the next for a target retention. */
public interface MemoryModel {

    /** Memory after the first answer on a concept; {@code outcome} is the fraction of credit (0..1). */
    MemoryState first(double outcome, long at);

    /** Memory after a later answer. */
    MemoryState review(MemoryState memory, double outcome, long at);

    /** Probability (0..1) of recall at {@code at}. */
    double recall(MemoryState memory, long at);

    /** When (epoch seconds) recall falls to {@code retention} (0..1, for example 0.9). */
    long nextReview(MemoryState memory, double retention);
}
