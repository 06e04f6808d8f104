package org.vidya.assessment.item;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A statement that is true or false. Response {@code {"value": true}}. */
@Component
public class TrueFalseItemType implements ItemType {

    @Override
    public String id() {
        return "true-false";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", true);
        JsonNode answer = body.get("answer");
        if (answer == null || answer.isNull()) {
            checks.add("answer", "required", "is required");
        } else if (!answer.isBoolean()) {
            checks.add("answer", "wrong-type", "must be true or false");
        }
        checks.text(body, "", "feedbackTrue", false);
        checks.text(body, "", "feedbackFalse", false);
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
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        if (checks.object(response, "")) {
            JsonNode value = response.get("value");
            if (value != null && !value.isNull() && !value.isBoolean()) {
                checks.add("value", "wrong-type", "must be true or false");
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode value = response.get("value");
        if (value == null || !value.isBoolean()) {
            return ItemScore.unanswered();
        }
        boolean said = value.booleanValue();
        JsonNode feedback = body.get(said ? "feedbackTrue" : "feedbackFalse");
        String text = feedback != null && feedback.isString() ? feedback.stringValue() : null;
        return ItemScore.of(said == body.path("answer").asBoolean(false) ? 1 : 0, text);
    }
}
