package org.vidya.mastery.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** What the session API and pages show: read models only, never entities. */
public final class SessionViews {

    private SessionViews() {
    }

    /**
     * A session as the learner sees it. {@code nextSequence} is the sequence number the next answer
     * carries; {@code theta} and {@code standardError} are the diagnostic's estimate so far (null in
     * reviews); {@code current} is the item waiting for an answer (null once finished);
     * {@code results} are the diagnostic's per-concept priors once finished.
     */
    public record SessionState(UUID id, SessionKind kind, @Nullable String subject, String status, int answered,
            int maxItems, int nextSequence, @Nullable Double theta, @Nullable Double standardError,
            @Nullable Double targetError, @Nullable CurrentItem current, @Nullable String stopReason,
            List<ConceptResult> results, @Nullable ReviewTally tally, Instant createdAt, @Nullable Instant finishedAt) {

        public SessionState {
            results = List.copyOf(results);
        }

        public boolean finished() {
            return "FINISHED".equals(status);
        }
    }

    /** The item waiting for an answer, rendered by its type (no keys), with the concept it is on. */
    public record CurrentItem(UUID item, int sequence, @Nullable String concept, @Nullable String conceptName,
            String type, int version, JsonNode view) {
    }

    /**
     * How an answer went. In a review: right or not, the fraction of credit and the explanation. In
     * the diagnostic nothing is said per item (feedback would change how the next items are
     * answered), so those are null.
     */
    public record AnswerFeedback(int sequence, UUID item, @Nullable Boolean correct, @Nullable Double fraction,
            @Nullable String explanationHtml) {
    }

    /** A concept's result from the diagnostic: items asked, right answers, and the prior mastery (0..1) seeded. */
    public record ConceptResult(String concept, String name, int items, int correct, double prior) {
    }

    /** Right answers so far out of those given (reviews). */
    public record ReviewTally(int answered, double credit) {
    }

    /** The reply to an answer: how it went and the session after it. A retry gets the same reply. */
    public record AnswerReply(AnswerFeedback answer, SessionState session) {
    }

    /** A weak spot offered when nothing is due for review. */
    public record WeakSpotOffer(String concept, String name, double mastery, double examWeight) {
    }

    /** Starting a review: the session, or (nothing due) none and weak spots to work on instead. */
    public record ReviewStart(@Nullable SessionState session, boolean nothingDue, List<WeakSpotOffer> weakSpots) {

        public ReviewStart {
            weakSpots = List.copyOf(weakSpots);
        }
    }

    /** A session together with whether this call created it. */
    public record Started<T>(T value, boolean created) {
    }
}
