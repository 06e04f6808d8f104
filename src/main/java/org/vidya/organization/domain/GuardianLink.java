package org.vidya.organization.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * A parent (or guardian) and a child in one tenant. Requested by the parent or an admin,
 * it counts only once confirmed by the school admin or the learner.
 */
@Entity
@Table(name = "organization_guardian_link")
public class GuardianLink {

    public enum Status { PENDING, CONFIRMED }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID parentId;
    private UUID childId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID requestedBy;
    private @Nullable UUID confirmedBy;
    private Instant createdAt;
    private @Nullable Instant confirmedAt;

    protected GuardianLink() {
    }

    public GuardianLink(UserId parent, UserId child, UserId requestedBy, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.parentId = parent.value();
        this.childId = child.value();
        this.status = Status.PENDING;
        this.requestedBy = requestedBy.value();
        this.createdAt = now;
    }

    public void confirm(UserId by, Instant now) {
        status = Status.CONFIRMED;
        confirmedBy = by.value();
        confirmedAt = now;
    }

    public UUID id() { return id; }
    public UserId parentId() { return new UserId(parentId); }
    public UserId childId() { return new UserId(childId); }
    public Status status() { return status; }
    public UserId requestedBy() { return new UserId(requestedBy); }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant confirmedAt() { return confirmedAt; }
}
