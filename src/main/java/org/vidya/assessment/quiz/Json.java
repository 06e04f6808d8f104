package org.vidya.assessment.quiz;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The module's JSON columns: a test's sections and settings, an attempt's key. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }

    static AttemptKey key(String json) {
        return MAPPER.readValue(json, AttemptKey.class);
    }

    @Converter
    static class SectionsColumn implements AttributeConverter<List<QuizSection>, String> {

        private static final TypeReference<List<QuizSection>> TYPE = new TypeReference<>() {
        };

        @Override
        public String convertToDatabaseColumn(List<QuizSection> sections) {
            return write(sections);
        }

        @Override
        public List<QuizSection> convertToEntityAttribute(String column) {
            return MAPPER.readValue(column, TYPE);
        }
    }

    @Converter
    static class SettingsColumn implements AttributeConverter<QuizSettings, String> {

        @Override
        public String convertToDatabaseColumn(QuizSettings settings) {
            return write(settings);
        }

        @Override
        public QuizSettings convertToEntityAttribute(String column) {
            return MAPPER.readValue(column, QuizSettings.class);
        }
    }
}
