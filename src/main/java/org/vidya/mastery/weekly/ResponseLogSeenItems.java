package org.vidya.mastery.weekly;

import java.time.Instant;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.ItemId;
import org.vidya.mastery.state.ResponseLog;
import org.vidya.platform.UserId;

/** Every item the learner answered since, in any source (tests, practice, review, the diagnostic). */
@Component
class ResponseLogSeenItems implements SeenItems {

    private final ResponseLog log;

    ResponseLogSeenItems(ResponseLog log) {
        this.log = log;
    }

    @Override
    public Set<ItemId> seenSince(UserId learner, Instant since) {
        return log.itemsSeenSince(learner, since);
    }
}
