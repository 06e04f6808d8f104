package org.vidya.assessment.item;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/** Responses of the shape {@code {"text": "..."}}. */
final class TextResponses {

    private TextResponses() {
    }

    static List<FieldViolation> check(JsonNode response, int maxLength) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        if (checks.object(response, "")) {
            JsonNode text = response.get("text");
            if (text != null && !text.isNull()) {
                if (!text.isString()) {
                    checks.add("text", "wrong-type", "must be a string");
                } else if (text.stringValue().length() > maxLength) {
                    checks.add("text", "too-long", "must be at most " + maxLength + " characters");
                }
            }
        }
        return checks.list();
    }

    /** The response's text, or null when there is none or it is blank. */
    static @Nullable String text(@Nullable JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return null;
        }
        JsonNode text = response.get("text");
        if (text == null || !text.isString() || text.stringValue().isBlank()) {
            return null;
        }
        return text.stringValue();
    }
}
