package org.vidya.catalog;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a domain (a broad subject area holding tracks). */
public record DomainId(UUID value) {

    public static DomainId of(String value) {
        return new DomainId(UUID.fromString(value));
    }

    public static DomainId random() {
        return new DomainId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
