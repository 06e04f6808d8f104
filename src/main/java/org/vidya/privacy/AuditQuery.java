package org.vidya.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Filters for browsing the audit log; every field is optional. */
public record AuditQuery(@Nullable UUID actor, @Nullable String actorEmail, @Nullable String action,
        @Nullable AuditOutcome outcome, @Nullable Instant from, @Nullable Instant to) {
}
