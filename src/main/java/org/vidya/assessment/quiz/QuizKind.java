package org.vidya.assessment.quiz;

/**
 * What a test is for. Practice and diagnostic tests are started by learners at will; the others
 * are taken when scheduled for a class. A benchmark gives the whole cohort one form and ranks it;
 * a certification's sections each have their own time limit and are taken in order.
 */
public enum QuizKind {
    PRACTICE,
    DIAGNOSTIC,
    WEEKLY,
    BENCHMARK,
    CERTIFICATION;

    /** Whether a learner may start it without a schedule. */
    public boolean selfStarted() {
        return this == PRACTICE || this == DIAGNOSTIC;
    }

    /** Whether sections are taken one after another, each with its own time limit. */
    public boolean sectioned() {
        return this == CERTIFICATION;
    }
}
