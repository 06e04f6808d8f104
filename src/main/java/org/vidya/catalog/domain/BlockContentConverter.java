package org.vidya.catalog.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.jspecify.annotations.Nullable;

/** Stores a block as its JSON in the course format. */
@Converter
class BlockContentConverter implements AttributeConverter<BlockContent, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable BlockContent block) {
        return block == null ? null : CourseFormat.blockJson(block);
    }

    @Override
    public @Nullable BlockContent convertToEntityAttribute(@Nullable String json) {
        return json == null ? null : CourseFormat.readBlock(json);
    }
}
