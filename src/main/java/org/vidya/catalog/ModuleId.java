package org.vidya.catalog;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a module of a course; stable across published versions. */
public record ModuleId(UUID value) {

    public static ModuleId of(String value) {
        return new ModuleId(UUID.fromString(value));
    }

    public static ModuleId random() {
        return new ModuleId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
