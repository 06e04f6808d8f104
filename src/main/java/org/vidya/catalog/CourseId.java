package org.vidya.catalog;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a course; the same id across its published versions. */
public record CourseId(UUID value) {

    public static CourseId of(String value) {
        return new CourseId(UUID.fromString(value));
    }

    public static CourseId random() {
        return new CourseId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
