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

/** A published version of a course: its {@code course.json} with ids, never changed once written. */
@Entity
@Immutable
@Table(name = "catalog_course_version")
class CourseVersion {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private int number;
    private String content;
    private Instant publishedAt;
    private UUID publishedBy;

    protected CourseVersion() {
    }

    CourseVersion(UUID courseId, int number, String content, UUID publishedBy, Instant now) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.courseId = courseId;
        this.number = number;
        this.content = content;
        this.publishedBy = publishedBy;
        this.publishedAt = now;
    }

    public UUID courseId() { return courseId; }
    public int number() { return number; }
    public String content() { return content; }
    public Instant publishedAt() { return publishedAt; }
    public UUID publishedBy() { return publishedBy; }
}
