package org.vidya.mastery;

import java.util.List;

/**
 * A next best concept with the reason shown to the learner. {@code reason} is a message key under
 * {@code mastery.recommendation.} with its arguments; {@code priority} orders recommendations
 * (higher first).
 */
public record Recommendation(String concept, String conceptName, Kind kind, double priority, String reason,
        List<Object> arguments) {

    public Recommendation {
        arguments = List.copyOf(arguments);
    }

    public enum Kind {
        /** Recall has fallen to the target retention. */
        DUE_REVIEW,
        /** Low mastery on a concept that carries many exam marks. */
        WEAK_SPOT,
        /** Not started, and its prerequisites are met. */
        FRONTIER
    }
}
