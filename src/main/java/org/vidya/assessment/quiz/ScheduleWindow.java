package org.vidya.assessment.quiz;

/** Where a schedule's window stands: before it opens, while open, after it closes. */
public enum ScheduleWindow {
    UPCOMING,
    OPEN,
    CLOSED
}
