package org.vidya.mastery.state;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.vidya.assessment.ItemId;
import org.vidya.mastery.EvidenceSource;
import org.vidya.platform.UserId;

/**
 * The response log as the rest of the mastery module reads it: every answer the knowledge state
 * has taken in, in the current tenant (root work sees every tenant's). The weekly test leaves
 * out what a learner saw recently; the calibration job fits item parameters from graded answers
 * together with the learner's ability just before each.
 */
public interface ResponseLog {

    /** Items the learner answered at or after {@code since}, from any source. */
    Set<ItemId> itemsSeenSince(UserId learner, Instant since);

    /** Items answered at or after {@code since}, at most {@code limit} of them: the calibration job's work list. */
    List<ItemId> itemsAnsweredSince(Instant since, int limit);

    /** The item's graded answers, newest first, at most {@code limit}. */
    List<GradedResponse> gradedResponses(ItemId item, int limit);

    /**
     * One graded answer for calibration: {@code theta} is the learner's ability (IRT scale) just
     * before the answer, {@code outcome} the fraction of credit earned (0..1).
     */
    record GradedResponse(ItemId item, UserId learner, double theta, double outcome, Instant answeredAt,
            EvidenceSource source) {
    }
}
