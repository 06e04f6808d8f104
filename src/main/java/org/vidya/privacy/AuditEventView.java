package org.vidya.privacy;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One audit log entry as org admins read it. */
public record AuditEventView(UUID id, Instant occurredAt, @Nullable UUID actorId, @Nullable String actorEmail,
        String action, String resourceType, String resourceId, AuditOutcome outcome, String address,
        String userAgent, String detail) {
}
