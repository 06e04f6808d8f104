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
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;
import org.vidya.platform.Role;
import org.vidya.platform.UserId;

/** A person's place in a tenant, with their roles there. */
@Entity
@Table(name = "organization_membership")
public class Membership {

    public enum Status { ACTIVE, SUSPENDED }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID userId;
    @Convert(converter = RolesConverter.class)
    private Set<Role> roles;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Instant createdAt;
    @Version
    private long version;

    protected Membership() {
    }

    public Membership(UserId user, Set<Role> roles, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.userId = user.value();
        this.roles = EnumSet.copyOf(roles);
        this.status = Status.ACTIVE;
        this.createdAt = now;
    }

    public void changeRoles(Set<Role> roles) {
        this.roles = EnumSet.copyOf(roles);
    }

    public void addRoles(Set<Role> more) {
        EnumSet<Role> all = EnumSet.copyOf(roles);
        all.addAll(more);
        this.roles = all;
    }

    public void suspend() {
        status = Status.SUSPENDED;
    }

    public void activate() {
        status = Status.ACTIVE;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public UserId userId() { return new UserId(userId); }
    public Set<Role> roles() { return Set.copyOf(roles); }
    public Status status() { return status; }
    public Instant createdAt() { return createdAt; }
}
