package org.vidya.assessment;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies an item; the same id across its edited versions. */
public record ItemId(UUID value) {

    public static ItemId of(String value) {
        return new ItemId(UUID.fromString(value));
    }

    public static ItemId random() {
        return new ItemId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
