package org.vidya.catalog.domain;

import java.util.LinkedHashMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;

/** Stores a {@link LocalizedText} as a JSON object from locale to text, the default locale first. */
@Converter
class LocalizedTextConverter implements AttributeConverter<LocalizedText, String> {

    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable LocalizedText text) {
        return text == null ? null : CourseFormat.JSON.writeValueAsString(text.values());
    }

    @Override
    public @Nullable LocalizedText convertToEntityAttribute(@Nullable String json) {
        return json == null ? null : LocalizedText.stored(CourseFormat.JSON.readValue(json, MAP));
    }
}
