package org.vidya.catalog.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;

/**
 * An image of a course, kept in the database so that it is walled off by tenant like the rest
 * of the course. Its bytes never change under its name, so it may be cached for long.
 */
@Entity
@Immutable
@Table(name = "catalog_asset")
class Asset {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private String name;
    private String contentType;
    private int size;
    private byte[] content;
    private Instant createdAt;

    protected Asset() {
    }

    Asset(UUID courseId, String name, String contentType, byte[] content, Instant now) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.courseId = courseId;
        this.name = name;
        this.contentType = contentType;
        this.size = content.length;
        this.content = content.clone();
        this.createdAt = now;
    }

    public UUID courseId() { return courseId; }
    public String name() { return name; }
    public String contentType() { return contentType; }
    public int size() { return size; }
    public byte[] content() { return content.clone(); }
    public Instant createdAt() { return createdAt; }
}
