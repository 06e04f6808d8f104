package org.vidya.mastery;

/** Where a learner is on the way to their exam (seed 004, layer 3). */
public enum Phase {
    FOUNDATION,
    PRACTICE,
    REVISION,
    EXAM_READY
}
