package org.vidya.assessment.bank;

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

/** A bank of items, owned by a tenant or (all zeros) by the platform. */
@Entity
@Table(name = "assessment_item_bank")
class ItemBank {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String name;
    private @Nullable String description;
    private UUID createdBy;
    private Instant createdAt;
    private UUID updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected ItemBank() {
    }

    ItemBank(UUID tenant, String name, @Nullable String description, UUID by, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.name = name;
        this.description = description;
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void update(String name, @Nullable String description, UUID by, Instant now) {
        this.name = name;
        this.description = description;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    @Nullable String description() {
        return description;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
