package org.vidya.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.platform.Ids;
import org.vidya.platform.Secrets;

/**
 * A course's working draft and its publishing state. The draft (this row, its modules, lessons
 * and blocks) is what authors edit; learners read only the published version
 * {@link #publishedVersion()}, an immutable {@link CourseVersion}.
 */
@Entity
@Table(name = "catalog_course")
class Course {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private String slug;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Convert(converter = LocalizedTextConverter.class)
    private @Nullable LocalizedText description;
    private String defaultLocale;
    @Enumerated(EnumType.STRING)
    private CourseLevel level;
    private String category;
    private BigDecimal estimatedHours;
    private @Nullable BigDecimal price;
    private boolean paid;
    @Enumerated(EnumType.STRING)
    private EnrollmentPolicy enrollment;
    private @Nullable String enrollmentKeyHash;
    private @Nullable UUID trackId;
    private int trackPosition;
    /** The number of the latest published version; 0 before the first publish. */
    private int publishedVersion;
    /** Whether learners see the published version now (false after unpublishing). */
    private boolean published;
    /** Whether the draft differs from the published version. */
    private boolean changedSincePublish;
    private @Nullable Instant publishedAt;
    private @Nullable UUID publishedBy;
    /** Changes with every change to the draft, for clients to send back with a new order. */
    private long revision;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Course() {
    }

    Course(String slug, String defaultLocale, Instant now) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.slug = slug;
        this.defaultLocale = defaultLocale;
        this.createdAt = now;
        this.updatedAt = now;
        this.changedSincePublish = true;
    }

    void update(String slug, LocalizedText title, @Nullable LocalizedText description, CourseLevel level,
            String category, BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price,
            EnrollmentPolicy enrollment, @Nullable UUID trackId, int trackPosition, Instant now) {
        this.slug = slug;
        this.title = title;
        this.description = description;
        this.level = level;
        this.category = category;
        this.estimatedHours = estimatedHours;
        this.paid = paid;
        this.price = price;
        this.enrollment = enrollment;
        this.trackId = trackId;
        this.trackPosition = trackPosition;
        draftChanged(now);
    }

    /** Anything of the draft changed: the course, a module, a lesson or a block. */
    void draftChanged(Instant now) {
        this.revision++;
        this.updatedAt = now;
        this.changedSincePublish = true;
    }

    void published(int number, UUID by, Instant now) {
        this.publishedVersion = number;
        this.published = true;
        this.changedSincePublish = false;
        this.publishedAt = now;
        this.publishedBy = by;
    }

    void unpublished() {
        this.published = false;
    }

    void placeInTrack(int position) {
        this.trackPosition = position;
    }

    void setEnrollmentKey(@Nullable String key) {
        this.enrollmentKeyHash = key == null ? null : hash(key);
    }

    boolean enrollmentKeyMatches(String key) {
        return enrollmentKeyHash != null && Secrets.constantTimeEquals(enrollmentKeyHash, hash(key));
    }

    // Salted with the course id, so the same key on two courses does not give the same hash.
    private String hash(String key) {
        return Secrets.sha256(id + ":" + key);
    }

    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public String slug() { return slug; }
    public LocalizedText title() { return title; }
    public @Nullable LocalizedText description() { return description; }
    public String defaultLocale() { return defaultLocale; }
    public CourseLevel level() { return level; }
    public String category() { return category; }
    public BigDecimal estimatedHours() { return estimatedHours; }
    public @Nullable BigDecimal price() { return price; }
    public boolean paid() { return paid; }
    public EnrollmentPolicy enrollment() { return enrollment; }
    public boolean hasEnrollmentKey() { return enrollmentKeyHash != null; }
    public @Nullable UUID trackId() { return trackId; }
    public int trackPosition() { return trackPosition; }
    public int publishedVersion() { return publishedVersion; }
    public boolean published() { return published; }
    public boolean changedSincePublish() { return changedSincePublish; }
    public @Nullable Instant publishedAt() { return publishedAt; }
    public long revision() { return revision; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
