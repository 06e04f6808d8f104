package org.vidya.assessment.bank;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Item bodies as stored: compact JSON text, numbers kept as decimals so that 9.81 stays 9.81. */
final class ItemJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ItemJson() {
    }

    static String write(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static Map<String, JsonNode> translations(@Nullable String json) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (json != null && !json.isEmpty()) {
            for (Map.Entry<String, JsonNode> entry : read(json).properties()) {
                map.put(entry.getKey(), entry.getValue());
            }
        }
        return map;
    }

    static @Nullable String writeTranslations(Map<String, JsonNode> translations) {
        if (translations.isEmpty()) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        translations.forEach(node::set);
        return write(node);
    }
}
