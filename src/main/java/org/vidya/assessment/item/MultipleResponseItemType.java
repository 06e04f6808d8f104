package org.vidya.assessment.item;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Any number of choices; the positive fractions add up to 1 and a response earns the sum of the
 * fractions it chose, clamped to [-1, 1]. Response {@code {"choices": ["a1", "b2"]}}.
 */
@Component
public class MultipleResponseItemType implements ItemType {

    @Override
    public String id() {
        return "multiple-response";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        Checks checks = new Checks();
        double[] sums = Choices.check(checks, body, true);
        if (sums[0] >= 0 && Math.abs(sums[0] - 1) > 0.001) {
            checks.add("choices", "fractions-not-whole", "the positive fractions must add up to 1");
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
        JsonNode chosen = response.get("choices");
        if (chosen == null || chosen.isNull()) {
            return List.of();
        }
        if (!chosen.isArray()) {
            checks.add("choices", "wrong-type", "must be a list of choice ids");
            return checks.list();
        }
        if (chosen.size() > Checks.MAX_CHOICES) {
            checks.add("choices", "too-many", "may have at most " + Checks.MAX_CHOICES + " entries");
            return checks.list();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < chosen.size(); i++) {
            JsonNode id = chosen.get(i);
            String path = Checks.at("choices", i);
            if (!id.isString()) {
                checks.add(path, "wrong-type", "must be a choice id");
            } else if (Choices.find(body, id.stringValue()) == null) {
                checks.add(path, "unknown-choice", "is not a choice of this item");
            } else if (!seen.add(id.stringValue())) {
                checks.add(path, "duplicate", "is chosen twice");
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode chosen = response.get("choices");
        if (chosen == null || !chosen.isArray() || chosen.isEmpty()) {
            return ItemScore.unanswered();
        }
        double sum = 0;
        StringBuilder feedback = new StringBuilder();
        Set<String> counted = new HashSet<>();
        for (JsonNode choice : body.path("choices")) {
            String id = choice.path("id").asString("");
            for (JsonNode pick : chosen) {
                if (pick.isString() && id.equals(pick.stringValue()) && counted.add(id)) {
                    sum += choice.path("fraction").asDouble(0);
                    String text = Choices.feedback(choice);
                    if (text != null) {
                        feedback.append(feedback.isEmpty() ? "" : "\n\n").append(text);
                    }
                }
            }
        }
        if (counted.isEmpty()) {
            return ItemScore.unanswered();
        }
        return ItemScore.of(Math.max(-1, Math.min(1, sum)), feedback.isEmpty() ? null : feedback.toString());
    }
}
