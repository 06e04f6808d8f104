package org.vidya.mastery;

/** Where evidence came from; kept with each response for explanations and calibration. */
public enum EvidenceSource {
    /** A graded test attempt ({@code AttemptGraded}). */
    TEST,
    /** A practice or review session answer. */
    PRACTICE,
    /** The diagnostic (CAT). */
    DIAGNOSTIC
}
