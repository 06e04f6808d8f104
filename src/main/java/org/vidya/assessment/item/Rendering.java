package org.vidya.assessment.item;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.text.Markdown;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** What renderings share: Markdown text as sanitized HTML, {id, text} lists, seeded shuffles. */
final class Rendering {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final RandomGeneratorFactory<RandomGenerator> RANDOM = RandomGeneratorFactory.of("L64X128MixRandom");

    private Rendering() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static String html(@Nullable JsonNode text) {
        return text == null || !text.isString() ? "" : Markdown.render(text.stringValue());
    }

    /** Copies a text field as HTML when the body has it. */
    static void copyText(JsonNode body, ObjectNode into, String field) {
        JsonNode value = body.get(field);
        if (value != null && value.isString()) {
            into.put(field, Markdown.render(value.stringValue()));
        }
    }

    /** {@code [{id, text}]} of a list of objects, in the given order. */
    static ArrayNode idsAndTexts(List<JsonNode> entries) {
        ArrayNode list = NODES.arrayNode();
        for (JsonNode entry : entries) {
            ObjectNode shown = list.addObject();
            shown.put("id", entry.path("id").asString(""));
            shown.put("text", html(entry.get("text")));
        }
        return list;
    }

    static List<JsonNode> list(@Nullable JsonNode array) {
        List<JsonNode> entries = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode entry : array) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * Shuffles entries with ids by the attempt's seed. The seed is mixed with the entries' ids so
     * that two items of one paper with as many options are not shuffled alike (which would put
     * their keys in the same place).
     */
    static List<JsonNode> shuffled(List<JsonNode> entries, long seed) {
        List<JsonNode> copy = new ArrayList<>(entries);
        long salt = 1125899906842597L;
        for (JsonNode entry : entries) {
            salt = 31 * salt + entry.path("id").asString("").hashCode();
        }
        Collections.shuffle(copy, RANDOM.create(seed ^ salt));
        return copy;
    }
}
