package org.vidya.assessment.item;

import java.util.List;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One right choice among 2 to 26; a wrong choice may carry a partial or negative fraction.
 * Response {@code {"choice": "k3"}}.
 */
@Component
public class SingleChoiceItemType implements GapType {

    @Override
    public String id() {
        return "single-choice";
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
        double[] sums = Choices.check(checks, body, promptRequired);
        if (sums[1] == 0) {
            checks.add("choices", "no-right-choice", "exactly one choice must have fraction 1");
        } else if (sums[1] > 1) {
            checks.add("choices", "several-right-choices", "exactly one choice must have fraction 1");
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        return Choices.render(body, context.seed(), context.shuffleOptions());
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        if (!checks.object(response, "")) {
            return checks.list();
        }
        JsonNode choice = response.get("choice");
        if (choice == null || choice.isNull()) {
            return List.of();
        }
        if (!choice.isString()) {
            checks.add("choice", "wrong-type", "must be a choice id");
        } else if (Choices.find(body, choice.stringValue()) == null) {
            checks.add("choice", "unknown-choice", "is not a choice of this item");
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode id = response.get("choice");
        if (id == null || !id.isString()) {
            return ItemScore.unanswered();
        }
        JsonNode choice = Choices.find(body, id.stringValue());
        if (choice == null) {
            return ItemScore.unanswered();
        }
        return ItemScore.of(choice.path("fraction").asDouble(0), Choices.feedback(choice));
    }
}
