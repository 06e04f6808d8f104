package org.vidya.privacy.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.ClientInfo;
import org.vidya.platform.Ids;
import org.vidya.privacy.AuditEventView;
import org.vidya.privacy.AuditOutcome;
import org.vidya.privacy.AuditRecord;

/** One line of the audit log. Immutable: Hibernate never issues an update for it. */
@Entity
@Immutable
@Table(name = "privacy_audit_event")
public class AuditEvent {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private @Nullable UUID actorId;
    private @Nullable String actorEmail;
    private String action;
    private String resourceType;
    private String resourceId;
    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;
    private String address;
    private String userAgent;
    private String detail;
    private Instant occurredAt;

    protected AuditEvent() {
    }

    public AuditEvent(org.vidya.platform.TenantId tenant, AuditRecord record, ClientInfo client, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant.value();
        this.actorId = record.actor() == null ? null : record.actor().value();
        this.actorEmail = record.actorEmail() != null ? cut(record.actorEmail(), 320)
                : org.vidya.platform.CurrentUser.find()
                        .filter(p -> record.actor() != null && p.userId().equals(record.actor()))
                        .map(p -> p.email()).orElse(null);
        this.action = cut(record.action(), 80);
        this.resourceType = cut(record.resourceType(), 40);
        this.resourceId = cut(record.resourceId(), 320);
        this.outcome = record.outcome();
        this.address = cut(client.address(), 64);
        this.userAgent = cut(client.userAgent(), 300);
        this.detail = cut(record.detail(), 1000);
        this.occurredAt = now;
    }

    public UUID id() {
        return id;
    }

    public AuditEventView view() {
        return new AuditEventView(id, occurredAt, actorId, actorEmail, action, resourceType, resourceId, outcome,
                address, userAgent, detail);
    }

    private static String cut(String value, int max) {
        return value.length() > max ? value.substring(0, max) : value;
    }
}
