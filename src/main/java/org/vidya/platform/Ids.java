package org.vidya.platform;

import java.util.UUID;

import org.hibernate.id.uuid.UuidVersion7Strategy;

/** Time-ordered (version 7) UUIDs, so that primary keys double as stable cursors. */
public final class Ids {

    private Ids() {
    }

    public static UUID next() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }
}
