package org.vidya.privacy;

import java.time.Clock;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.platform.ClientInfo;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.privacy.domain.AuditEvent;
import org.vidya.privacy.domain.AuditEvents;

/**
 * The audit log: append-only. Entries are written in their own transaction, so a failed
 * action (which rolls back) is still recorded, and nothing can update or delete them.
 */
@Service
public class AuditLog {

    private final AuditEvents events;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    AuditLog(AuditEvents events, PlatformTransactionManager transactions, Clock clock) {
        this.events = events;
        this.separateTransaction = new TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Appends an entry in a transaction of its own, owned by the entry's tenant. */
    public void record(AuditRecord record) {
        ClientInfo client = ClientInfo.current();
        TenantId tenant = record.tenant() == null ? TenantId.PLATFORM : record.tenant();
        AuditEvent event = new AuditEvent(tenant, record, client, clock.instant());
        Tenancy.runAsRoot(() -> separateTransaction.executeWithoutResult(status -> events.save(event)));
    }

    /** The current tenant's log, newest first. */
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    @Transactional(readOnly = true)
    public CursorPage<AuditEventView> search(AuditQuery query, String cursor, Integer limit) {
        int size = CursorPage.limit(limit);
        UUID before = CursorPage.before(cursor);
        CurrentUser.tenant();
        String email = blankToNull(query.actorEmail());
        var rows = events.search(query.actor(), email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                blankToNull(query.action()), query.outcome(), query.from(),
                query.to(), before, org.springframework.data.domain.Limit.of(size + 1));
        return CursorPage.of(rows, size, AuditEvent::id, AuditEvent::view);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
