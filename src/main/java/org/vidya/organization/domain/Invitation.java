package org.vidya.organization.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;

/** An e-mailed invitation to join a tenant with given roles (and optionally a class or team). */
@Entity
@Table(name = "organization_invitation")
public class Invitation {

    public enum Status { PENDING, ACCEPTED, REVOKED }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String email;
    private String displayName;
    @Convert(converter = RolesConverter.class)
    private Set<Role> roles;
    private @Nullable UUID classId;
    private @Nullable UUID teamId;
    private String tokenHash;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID invitedBy;
    private Instant createdAt;
    private Instant expiresAt;
    private @Nullable Instant acceptedAt;

    protected Invitation() {
    }

    public Invitation(String email, String displayName, Set<Role> roles, @Nullable UUID classId,
            @Nullable UUID teamId, String tokenHash, UserId invitedBy, Instant now, Instant expiresAt) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.email = email;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.classId = classId;
        this.teamId = teamId;
        this.tokenHash = tokenHash;
        this.status = Status.PENDING;
        this.invitedBy = invitedBy.value();
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean open(Instant now) {
        return status == Status.PENDING && now.isBefore(expiresAt);
    }

    public void accept(Instant now) {
        status = Status.ACCEPTED;
        acceptedAt = now;
    }

    public void revoke() {
        status = Status.REVOKED;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String email() { return email; }
    public String displayName() { return displayName; }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public @Nullable UUID classId() { return classId; }
    public @Nullable UUID teamId() { return teamId; }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
}
