package org.vidya.platform;

import java.util.UUID;

/** Identifies a tenant: a school, a company or the public space. */
public record TenantId(UUID value) implements java.io.Serializable {

    /** Owner of rows that belong to the platform itself rather than to a tenant. */
    public static final TenantId PLATFORM = new TenantId(new UUID(0L, 0L));

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    public static TenantId random() {
        return new TenantId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
