package org.vidya.catalog;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a lesson; stable across published versions, so progress survives republishing. */
public record LessonId(UUID value) {

    public static LessonId of(String value) {
        return new LessonId(UUID.fromString(value));
    }

    public static LessonId random() {
        return new LessonId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
