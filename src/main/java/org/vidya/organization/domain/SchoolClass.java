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

/** A class of a school: a grade and section, its teachers and learners. */
@Entity
@Table(name = "organization_class")
public class SchoolClass {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String name;
    private @Nullable String grade;
    private @Nullable String section;
    private @Nullable String academicYear;
    private Instant createdAt;
    @Version
    private long version;

    protected SchoolClass() {
    }

    public SchoolClass(String name, @Nullable String grade, @Nullable String section, @Nullable String academicYear,
            Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        update(name, grade, section, academicYear);
        this.createdAt = now;
    }

    public void update(String name, @Nullable String grade, @Nullable String section, @Nullable String academicYear) {
        this.name = name.strip();
        this.grade = grade;
        this.section = section;
        this.academicYear = academicYear;
    }

    public UUID id() { return id; }
    public String name() { return name; }
    public @Nullable String grade() { return grade; }
    public @Nullable String section() { return section; }
    public @Nullable String academicYear() { return academicYear; }
    public Instant createdAt() { return createdAt; }
}
