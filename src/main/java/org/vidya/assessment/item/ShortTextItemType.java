package org.vidya.assessment.item;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A few words, compared with the answers in order; {@code *} matches any run of characters and
 * spaces around and between words do not count. Response {@code {"text": "paris"}}.
 */
@Component
public class ShortTextItemType implements GapType {

    private static final int MAX_ANSWERS = 50;
    private static final int MAX_ANSWER_LENGTH = 1_000;

    @Override
    public String id() {
        return "short-text";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        return check(body, true);
    }

    @Override
    public List<FieldViolation> validateGap(JsonNode body) {
        return check(body, false);
    }

    private List<FieldViolation> check(JsonNode body, boolean promptRequired) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", promptRequired);
        checks.bool(body, "", "caseSensitive", false);
        checks.answers(body, MAX_ANSWERS,
                (answer, path) -> checks.string(answer, path, "text", true, MAX_ANSWER_LENGTH));
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        return TextResponses.check(response, Checks.MAX_SHORT_RESPONSE);
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        String text = TextResponses.text(response);
        if (text == null) {
            return ItemScore.unanswered();
        }
        boolean caseSensitive = body.path("caseSensitive").asBoolean(false);
        for (JsonNode answer : body.path("answers")) {
            JsonNode pattern = answer.get("text");
            if (pattern != null && pattern.isString() && Wildcard.matches(pattern.stringValue(), text, caseSensitive)) {
                JsonNode feedback = answer.get("feedback");
                return ItemScore.of(answer.path("fraction").asDouble(1),
                        feedback != null && feedback.isString() ? feedback.stringValue() : null);
            }
        }
        return ItemScore.of(0, null);
    }
}
