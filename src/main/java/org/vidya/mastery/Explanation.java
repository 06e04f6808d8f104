package org.vidya.mastery;

import java.util.List;

/**
 * Why the engine believes what it does of one concept, as the learner's page shows it: "mastery
 * 0.62 because ...". Each reason is a message code and its arguments (so that it is translated),
 * with its signed effect on mastery where the model can say.
 */
public record Explanation(ConceptKnowledge knowledge, List<Reason> reasons) {

    public Explanation {
        reasons = List.copyOf(reasons);
    }

    /** {@code code} is a message key under {@code mastery.reason.}; {@code effect} is in mastery points (-1..1). */
    public record Reason(String code, List<Object> arguments, double effect) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }
}
