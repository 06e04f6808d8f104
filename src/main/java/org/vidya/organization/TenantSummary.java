package org.vidya.organization;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.TenantId;

/** A tenant as other modules and pages see it. */
public record TenantSummary(TenantId id, String slug, String name, TenantType type, String status,
        String brandColor, @Nullable String tagline, Set<String> features, int retentionDays,
        @Nullable Integer seatLimit, boolean selfRegistration) {
}
