package org.vidya.platform;

import java.util.UUID;

/** Identifies a person's account; the same person keeps one id across tenants. */
public record UserId(UUID value) implements java.io.Serializable {

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    public static UserId random() {
        return new UserId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
