package org.vidya.assessment.grading;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A rubric's picked levels (criterion id to level id) as a small JSON object. */
@Converter
class LevelsColumn implements AttributeConverter<@Nullable Map<String, String>, @Nullable String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Map<String, String> levels) {
        return levels == null ? null : JSON.writeValueAsString(levels);
    }

    @Override
    public @Nullable Map<String, String> convertToEntityAttribute(@Nullable String column) {
        return column == null || column.isBlank() ? null
                : JSON.readValue(column, new TypeReference<LinkedHashMap<String, String>>() { });
    }
}
