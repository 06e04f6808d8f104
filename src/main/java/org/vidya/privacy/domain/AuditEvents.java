package org.vidya.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.vidya.privacy.AuditOutcome;

/** Append and read only: no update or delete methods exist. */
public interface AuditEvents extends Repository<AuditEvent, UUID> {

    AuditEvent save(AuditEvent event);

    @Query("""
            select e from AuditEvent e
            where (:actor is null or e.actorId = :actor)
              and (:actorEmail is null or lower(e.actorEmail) = :actorEmail)
              and (:action is null or e.action = :action)
              and (:outcome is null or e.outcome = :outcome)
              and (cast(:from as java.time.Instant) is null or e.occurredAt >= :from)
              and (cast(:to as java.time.Instant) is null or e.occurredAt < :to)
              and e.id < :before
            order by e.id desc""")
    List<AuditEvent> search(@Nullable UUID actor, @Nullable String actorEmail, @Nullable String action, @Nullable AuditOutcome outcome,
            @Nullable Instant from, @Nullable Instant to, UUID before, Limit limit);

    long count();
}
