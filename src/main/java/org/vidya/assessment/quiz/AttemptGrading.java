package org.vidya.assessment.quiz;

/** What attempts ask of grading. */
public interface AttemptGrading {

    /**
     * Grades a just-submitted attempt inside the transaction that submits it: scores objective
     * items, queues the rest for a person, stores the result, and publishes {@code AttemptSubmitted}
     * (and {@code AttemptGraded} when every item has a score).
     */
    void submitted(SubmittedAttempt attempt);
}
