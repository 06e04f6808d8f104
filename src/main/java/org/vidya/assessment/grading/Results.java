package org.vidya.assessment.grading;

import java.util.Optional;

import org.vidya.assessment.AttemptId;

/** Reads results; pages and the REST API of other parts of the module go through this. */
public interface Results {

    /**
     * The result of an attempt for the signed-in person: the learner who took it, or staff who
     * may read the schedule's results; empty while the attempt is not submitted. 404 problem when
     * the attempt is not visible to the caller.
     */
    Optional<AttemptResult> of(AttemptId attempt);
}
