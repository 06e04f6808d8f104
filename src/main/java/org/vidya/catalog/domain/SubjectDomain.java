package org.vidya.catalog.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;

/** A broad subject area (Software Development, Physics) that holds tracks. */
@Entity
@Table(name = "catalog_domain")
class SubjectDomain {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String slug;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    private Instant createdAt;
    @Version
    private long version;

    protected SubjectDomain() {
    }

    SubjectDomain(String slug, LocalizedText title, Instant now) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.slug = slug;
        this.title = title;
        this.createdAt = now;
    }

    void update(String slug, LocalizedText title) {
        this.slug = slug;
        this.title = title;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String slug() { return slug; }
    public LocalizedText title() { return title; }
}
