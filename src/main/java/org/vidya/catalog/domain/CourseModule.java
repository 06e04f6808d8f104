package org.vidya.catalog.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;

/** A module of a course's draft; its id stays the same in every published version. */
@Entity
@Table(name = "catalog_module")
class CourseModule {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private int position;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    /** Changes with every change to the module's lessons, for clients to send back with a new order. */
    private long revision;
    @Version
    private long version;

    protected CourseModule() {
    }

    CourseModule(UUID courseId, int position, LocalizedText title) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.courseId = courseId;
        this.position = position;
        this.title = title;
    }

    void rename(LocalizedText title) {
        this.title = title;
        this.revision++;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void lessonsChanged() {
        this.revision++;
    }

    public UUID id() { return id; }
    public UUID courseId() { return courseId; }
    public int position() { return position; }
    public LocalizedText title() { return title; }
    public long revision() { return revision; }
}
