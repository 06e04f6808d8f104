package org.vidya.organization;

import java.util.UUID;

/** Identifies a class of a school. */
public record ClassId(UUID value) {

    public static ClassId of(String value) {
        return new ClassId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
