package org.vidya.coursework.domain;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Values kept in one column: the allowed submission types, a rubric (JSON), the levels a grade picked (JSON). */
final class Columns {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Columns() {
    }

    /** Submission types as a comma-separated list, in declaration order. */
    @Converter
    static class TypesColumn implements AttributeConverter<Set<SubmissionType>, String> {

        @Override
        public String convertToDatabaseColumn(Set<SubmissionType> types) {
            return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        }

        @Override
        public Set<SubmissionType> convertToEntityAttribute(String column) {
            EnumSet<SubmissionType> types = EnumSet.noneOf(SubmissionType.class);
            for (String name : column.split(",")) {
                if (!name.isBlank()) {
                    types.add(SubmissionType.valueOf(name.strip()));
                }
            }
            return types;
        }
    }

    @Converter
    static class RubricColumn implements AttributeConverter<@Nullable Rubric, @Nullable String> {

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable Rubric rubric) {
            return rubric == null ? null : JSON.writeValueAsString(rubric);
        }

        @Override
        public @Nullable Rubric convertToEntityAttribute(@Nullable String column) {
            return column == null || column.isBlank() ? null : JSON.readValue(column, Rubric.class);
        }
    }

    /** Criterion id to picked level id, in the rubric's order. */
    @Converter
    static class PicksColumn implements AttributeConverter<@Nullable Map<UUID, UUID>, @Nullable String> {

        private static final TypeReference<LinkedHashMap<UUID, UUID>> TYPE = new TypeReference<>() {
        };

        @Override
        public @Nullable String convertToDatabaseColumn(@Nullable Map<UUID, UUID> picks) {
            return picks == null ? null : JSON.writeValueAsString(picks);
        }

        @Override
        public @Nullable Map<UUID, UUID> convertToEntityAttribute(@Nullable String column) {
            return column == null || column.isBlank() ? null : JSON.readValue(column, TYPE);
        }
    }
}
