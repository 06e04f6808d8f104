package org.vidya.assessment.spi;

/** How a response went, before marks are applied. */
public enum Outcome {
    CORRECT,
    PARTIAL,
    INCORRECT,
    UNANSWERED,
    /** Waits for a person (or, later, the AI grader) to score it. */
    PENDING
}
