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
import org.jspecify.annotations.Nullable;
import org.vidya.platform.Ids;

/** A learning path (Python Developer): courses in a fixed order, within a domain. */
@Entity
@Table(name = "catalog_track")
class Track {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private @Nullable UUID domainId;
    private String slug;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Convert(converter = LocalizedTextConverter.class)
    private @Nullable LocalizedText description;
    /** Changes with every change of the track's course order, for clients to send back. */
    private long revision;
    private Instant createdAt;
    @Version
    private long version;

    protected Track() {
    }

    Track(@Nullable UUID domainId, String slug, LocalizedText title, @Nullable LocalizedText description,
            Instant now) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.createdAt = now;
        update(domainId, slug, title, description);
    }

    void update(@Nullable UUID domainId, String slug, LocalizedText title, @Nullable LocalizedText description) {
        this.domainId = domainId;
        this.slug = slug;
        this.title = title;
        this.description = description;
    }

    void reordered() {
        revision++;
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public @Nullable UUID domainId() { return domainId; }
    public String slug() { return slug; }
    public LocalizedText title() { return title; }
    public @Nullable LocalizedText description() { return description; }
    public long revision() { return revision; }
}
