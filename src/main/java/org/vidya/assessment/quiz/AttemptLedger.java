package org.vidya.assessment.quiz;

import java.util.List;

import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;

/** What grading asks of attempts. */
public interface AttemptLedger {

    /** A submitted (or graded) attempt of the current tenant, for regrading and the grading queue. */
    SubmittedAttempt submitted(AttemptId attempt);

    /** Moves a submitted attempt to graded; idempotent. */
    void markGraded(AttemptId attempt);

    /** Replaces a slot's item body in submitted attempts' keys after the item's key changed; returns the attempts touched. */
    List<AttemptId> replaceItemBody(ItemKeyChange change);
}
