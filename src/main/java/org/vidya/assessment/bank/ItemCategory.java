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

/** A category in a bank's tree; {@code path} is the names from the root, slash-separated, unique in the bank. */
@Entity
@Table(name = "assessment_item_category")
class ItemCategory {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID bankId;
    private @Nullable UUID parentId;
    private String name;
    private String path;
    private Instant createdAt;
    @Version
    private long version;

    protected ItemCategory() {
    }

    ItemCategory(UUID tenant, UUID bank, @Nullable ItemCategory parent, String name, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenant;
        this.bankId = bank;
        this.parentId = parent == null ? null : parent.id();
        this.name = name;
        this.path = parent == null ? name : parent.path() + "/" + name;
        this.createdAt = now;
    }

    void moveTo(@Nullable UUID newParent, String newName, String newPath) {
        this.parentId = newParent;
        this.name = newName;
        this.path = newPath;
    }

    void movePath(String newPath) {
        this.path = newPath;
    }

    UUID id() {
        return id;
    }

    UUID bankId() {
        return bankId;
    }

    @Nullable UUID parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    String path() {
        return path;
    }
}
