package org.vidya.catalog.domain;

import java.util.Arrays;
import java.util.List;
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
import org.vidya.catalog.LessonKind;
import org.vidya.platform.Ids;

/** A lesson of a course's draft; its id stays the same in every published version. */
@Entity
@Table(name = "catalog_lesson")
class Lesson {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private UUID moduleId;
    private int position;
    @Convert(converter = LocalizedTextConverter.class)
    private LocalizedText title;
    @Enumerated(EnumType.STRING)
    private LessonKind kind;
    private int estimatedMinutes;
    /** Concept keys joined by spaces (keys never contain one). */
    private String conceptKeys;
    /** Changes with every change to the lesson's blocks, for clients to send back with a new order. */
    private long revision;
    @Version
    private long version;

    protected Lesson() {
    }

    Lesson(UUID courseId, UUID moduleId, int position, LocalizedText title, LessonKind kind, int estimatedMinutes,
            List<String> conceptKeys) {
        this.id = Ids.next();
        this.tenantId = CatalogTenant.current();
        this.courseId = courseId;
        this.moduleId = moduleId;
        this.position = position;
        this.title = title;
        this.kind = kind;
        this.estimatedMinutes = estimatedMinutes;
        this.conceptKeys = String.join(" ", conceptKeys);
    }

    void update(LocalizedText title, LessonKind kind, int estimatedMinutes, List<String> conceptKeys) {
        this.title = title;
        this.kind = kind;
        this.estimatedMinutes = estimatedMinutes;
        this.conceptKeys = String.join(" ", conceptKeys);
        this.revision++;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void blocksChanged() {
        this.revision++;
    }

    public UUID id() { return id; }
    public UUID courseId() { return courseId; }
    public UUID moduleId() { return moduleId; }
    public int position() { return position; }
    public LocalizedText title() { return title; }
    public LessonKind kind() { return kind; }
    public int estimatedMinutes() { return estimatedMinutes; }
    public List<String> conceptKeys() {
        return conceptKeys.isBlank() ? List.of() : Arrays.asList(conceptKeys.split(" "));
    }
    public long revision() { return revision; }
}
