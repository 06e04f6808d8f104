package org.vidya.mastery.weekly;

import java.time.Instant;
import java.util.Set;

import org.vidya.assessment.ItemId;
import org.vidya.platform.UserId;

/**
 * Items a learner has seen since a time, which a weekly test leaves out. Every bean counts: the
 * learner's personal tests ({@link PersonalTestItems}) and the mastery response log, which sees
 * every graded answer.
 */
interface SeenItems {

    Set<ItemId> seenSince(UserId learner, Instant since);
}
