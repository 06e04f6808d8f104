package org.vidya.organization.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A member of a team. */
@Entity
@Table(name = "organization_team_member")
public class TeamMember {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID teamId;
    private UUID userId;
    private Instant createdAt;

    protected TeamMember() {
    }

    public TeamMember(UUID teamId, UserId user, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.teamId = teamId;
        this.userId = user.value();
        this.createdAt = now;
    }

    public UUID id() { return id; }
    public UUID teamId() { return teamId; }
    public UserId userId() { return new UserId(userId); }
}
