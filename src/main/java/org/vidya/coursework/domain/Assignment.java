package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
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
import org.vidya.catalog.CourseId;
import org.vidya.coursework.AssignmentId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** An assignment of a course in one tenant: what to hand in, by when, and how it is graded. */
@Entity
@Table(name = "coursework_assignment")
public class Assignment {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private String title;
    private String instructions;
    @Convert(converter = Columns.TypesColumn.class)
    private Set<SubmissionType> submissionTypes;
    private BigDecimal maxPoints;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private LatePolicy latePolicy;
    private BigDecimal latePenaltyPercent;
    private @Nullable Instant lateCutoffAt;
    @Convert(converter = Columns.RubricColumn.class)
    private @Nullable Rubric rubric;
    private boolean published;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(CourseId course, AssignmentSpec spec, UserId author, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.courseId = course.value();
        this.createdBy = author.value();
        this.createdAt = now;
        apply(spec, now);
    }

    /** Replaces what the teacher said; the caller has checked the spec. */
    public void apply(AssignmentSpec spec, Instant now) {
        this.title = spec.title().strip();
        this.instructions = spec.instructions().strip();
        this.submissionTypes = EnumSet.copyOf(spec.submissionTypes());
        this.maxPoints = spec.maxPoints();
        this.dueAt = spec.dueAt().truncatedTo(ChronoUnit.MICROS);
        this.latePolicy = spec.latePolicy();
        this.latePenaltyPercent = spec.latePolicy() == LatePolicy.ACCEPT ? spec.penaltyPercentPerDay() : BigDecimal.ZERO;
        this.lateCutoffAt = spec.latePolicy() == LatePolicy.ACCEPT && spec.cutoffAt() != null
                ? spec.cutoffAt().truncatedTo(ChronoUnit.MICROS) : null;
        this.rubric = spec.rubric();
        this.published = spec.published();
        this.updatedAt = now;
    }

    public AssignmentSpec spec() {
        return new AssignmentSpec(title, instructions, submissionTypes, maxPoints, dueAt, latePolicy,
                latePenaltyPercent, lateCutoffAt, rubric, published);
    }

    public Deadline deadline() {
        return new Deadline(dueAt, latePolicy, latePenaltyPercent, lateCutoffAt);
    }

    public boolean accepts(SubmissionType type) {
        return submissionTypes.contains(type);
    }

    public AssignmentId assignmentId() { return new AssignmentId(id); }
    public UUID id() { return id; }
    public UUID tenantId() { return tenantId; }
    public CourseId courseId() { return new CourseId(courseId); }
    public String title() { return title; }
    public String instructions() { return instructions; }
    public Set<SubmissionType> submissionTypes() { return EnumSet.copyOf(submissionTypes); }
    public BigDecimal maxPoints() { return maxPoints; }
    public Instant dueAt() { return dueAt; }
    public LatePolicy latePolicy() { return latePolicy; }
    public BigDecimal latePenaltyPercent() { return latePenaltyPercent; }
    public @Nullable Instant lateCutoffAt() { return lateCutoffAt; }
    public @Nullable Rubric rubric() { return rubric; }
    public boolean published() { return published; }
    public UserId createdBy() { return new UserId(createdBy); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
}
