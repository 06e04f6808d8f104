package org.vidya.organization;

import java.util.UUID;

/** Identifies a team of a company. */
public record TeamId(UUID value) {

    public static TeamId of(String value) {
        return new TeamId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
