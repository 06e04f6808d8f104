package org.vidya.assessment.quiz;

import java.util.List;
import java.util.Optional;

import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;

/** What grading asks of attempts. */
public interface AttemptLedger {

    /** A submitted (or graded) attempt of the current tenant, for regrading and the grading queue. */
    SubmittedAttempt submitted(AttemptId attempt);

    /** Moves a submitted attempt to graded; idempotent. */
    void markGraded(AttemptId attempt);

    /** Replaces a slot's item body in submitted attempts' keys after the item's key changed; returns the attempts touched. */
    List<AttemptId> replaceItemBody(ItemKeyChange change);

    /** A test of the current tenant with its result rules (no class or window); empty when it is not the tenant's. */
    Optional<ResultPolicy> policy(QuizId quiz);

    /** A schedule of the current tenant: its test's result rules with the class and window; empty when not the tenant's. */
    Optional<ResultPolicy> policy(ScheduleId schedule);
}
