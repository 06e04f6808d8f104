package org.vidya.organization.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A team of a company, led by a manager. */
@Entity
@Table(name = "organization_team")
public class Team {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String name;
    private @Nullable UUID managerId;
    private Instant createdAt;
    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, @Nullable UserId manager, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        update(name, manager);
        this.createdAt = now;
    }

    public void update(String name, @Nullable UserId manager) {
        this.name = name.strip();
        this.managerId = manager == null ? null : manager.value();
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public @Nullable UserId managerId() { return managerId == null ? null : new UserId(managerId); }
    public Instant createdAt() { return createdAt; }
}
