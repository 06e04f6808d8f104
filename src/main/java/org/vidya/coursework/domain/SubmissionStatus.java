package org.vidya.coursework.domain;

/**
 * Where a learner stands with an assignment. {@link #MISSING} is never stored: it is what
 * "nothing handed in" becomes once the due date has passed.
 */
public enum SubmissionStatus {
    /** Nothing handed in yet, and the due date has not passed. */
    PENDING,
    /** Handed in on time (at or before the due date). */
    SUBMITTED,
    /** Handed in after the due date. */
    LATE,
    /** Nothing handed in, and the due date has passed. */
    MISSING,
    /** A grade has been released to the learner. */
    GRADED
}
