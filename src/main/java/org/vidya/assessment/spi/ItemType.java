package org.vidya.assessment.spi;

import java.util.List;

import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One kind of item (single choice, numeric, essay, ...): how its body is checked, what a learner
 * sees of it, and how a response is scored. Bodies and responses are JSON; their shapes per type
 * are in {@code docs/item-format.md}. A new item type is one more bean implementing this.
 */
public interface ItemType {

    /** The stable id used in item JSON, the API, exports and messages: {@code single-choice}. */
    String id();

    /** Whether {@link #grade} gives a final score; essays return {@link Outcome#PENDING} for a person to score. */
    boolean autoGraded();

    /**
     * Parses an item body as an author, an import or the API wrote it. Each problem names its JSON
     * path below the body ({@code choices[2].text}) with a stable code; an empty list means valid.
     */
    List<FieldViolation> validate(JsonNode body);

    /**
     * What a learner is shown: the body without keys, fractions, per-answer feedback or
     * explanations. Options are shuffled with the context's seed when the body and the context allow
     * it, so the same seed gives the same bytes.
     */
    ObjectNode render(JsonNode body, RenderContext context);

    /**
     * Checks a response's shape against a valid body: wrong JSON shape, unknown option ids, a
     * text over its limit. Empty when the response can be stored and graded.
     */
    List<FieldViolation> validateResponse(JsonNode body, JsonNode response);

    /** Scores a response that passed {@link #validateResponse}; {@code null} or an empty response is unanswered. */
    ItemScore grade(JsonNode body, JsonNode response);
}
