package org.vidya.assessment.item;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The choice list single-choice and multiple-response share. */
final class Choices {

    private Choices() {
    }

    /** Checks {@code choices} and returns the sum of positive fractions and the count of fractions equal to 1. */
    static double[] check(Checks checks, JsonNode body, boolean promptRequired) {
        double positive = 0;
        int full = 0;
        if (!checks.object(body, "")) {
            return new double[] {-1, -1};
        }
        checks.text(body, "", "prompt", promptRequired);
        checks.bool(body, "", "shuffle", true);
        JsonNode choices = checks.array(body, "", "choices", 2, Checks.MAX_CHOICES);
        if (choices == null) {
            return new double[] {-1, -1};
        }
        Set<String> ids = Checks.newIds();
        for (int i = 0; i < choices.size(); i++) {
            JsonNode choice = choices.get(i);
            String path = Checks.at("choices", i);
            if (!checks.object(choice, path)) {
                continue;
            }
            checks.id(choice, path, ids);
            checks.text(choice, path, "text", true);
            checks.text(choice, path, "feedback", false);
            Double fraction = checks.number(choice, path, "fraction", -1, 1, 0.0);
            if (fraction != null) {
                if (fraction > 0) {
                    positive += fraction;
                }
                if (fraction == 1) {
                    full++;
                }
            }
        }
        return new double[] {positive, full};
    }

    /** {@code {prompt, choices:[{id, text}]}}, shuffled when the body and the test allow it. */
    static ObjectNode render(JsonNode body, long seed, boolean shuffleAllowed) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        var choices = Rendering.list(body.get("choices"));
        boolean shuffle = shuffleAllowed && body.path("shuffle").asBoolean(true);
        shown.set("choices", Rendering.idsAndTexts(shuffle ? Rendering.shuffled(choices, seed) : choices));
        return shown;
    }

    static @Nullable JsonNode find(JsonNode body, String id) {
        for (JsonNode choice : body.path("choices")) {
            if (id.equals(choice.path("id").asString(null))) {
                return choice;
            }
        }
        return null;
    }

    static @Nullable String feedback(JsonNode choice) {
        JsonNode feedback = choice.get("feedback");
        return feedback != null && feedback.isString() && !feedback.stringValue().isBlank() ? feedback.stringValue()
                : null;
    }
}
