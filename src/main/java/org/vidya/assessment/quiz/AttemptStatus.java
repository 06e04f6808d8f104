package org.vidya.assessment.quiz;

/**
 * Where an attempt stands. A benchmark's attempts are generated {@code READY} when the test is
 * scheduled and become {@code IN_PROGRESS} when the learner starts; others start in progress.
 * {@code ABANDONED}: a ready attempt whose window closed unstarted.
 */
public enum AttemptStatus {
    READY,
    IN_PROGRESS,
    SUBMITTED,
    GRADED,
    ABANDONED;

    public boolean submitted() {
        return this == SUBMITTED || this == GRADED;
    }
}
