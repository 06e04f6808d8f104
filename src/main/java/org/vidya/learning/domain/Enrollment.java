package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.learning.DeadlineStyle;
import org.vidya.learning.EnrollmentId;
import org.vidya.learning.EnrollmentSource;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * One learner in one course of the tenant. Changes go through a row lock
 * ({@link Enrollments#lockByLearnerAndCourse}), so concurrent requests of one learner in one
 * course (two tabs) take turns.
 */
@Entity
@Table(name = "learning_enrollment")
public class Enrollment {

    public enum Status { ACTIVE, WITHDRAWN }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private UUID courseId;
    @Enumerated(EnumType.STRING)
    private EnrollmentSource source;
    private @Nullable UUID assignmentId;
    @Enumerated(EnumType.STRING)
    private DeadlineStyle deadlineStyle;
    private @Nullable Instant dueAt;
    private @Nullable Instant targetAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    private UUID enrolledBy;
    private Instant enrolledAt;
    private @Nullable UUID lastLessonId;
    private @Nullable Instant lastActivityAt;
    private @Nullable Instant completedAt;
    private @Nullable Instant withdrawnAt;

    protected Enrollment() {
    }

    Enrollment(UserId learner, CourseId course, EnrollmentSource source, @Nullable CourseAssignment assignment,
            DeadlineStyle style, UserId by, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.learnerId = learner.value();
        this.courseId = course.value();
        this.status = Status.ACTIVE;
        start(source, assignment, style, by, now);
    }

    /** Starts (or, after a withdrawal, restarts) the enrollment; progress made before stays. */
    void start(EnrollmentSource source, @Nullable CourseAssignment assignment, DeadlineStyle style, UserId by,
            Instant now) {
        this.source = source;
        this.deadlineStyle = style;
        this.status = Status.ACTIVE;
        this.enrolledBy = by.value();
        this.enrolledAt = now;
        this.withdrawnAt = null;
        this.targetAt = null;
        attach(assignment);
    }

    /** Puts an enrollment under an assignment: its due date holds from now on. */
    void joinAssignment(CourseAssignment assignment, DeadlineStyle style) {
        this.source = assignment.source();
        this.deadlineStyle = style;
        this.targetAt = null;
        attach(assignment);
    }

    private void attach(@Nullable CourseAssignment assignment) {
        this.assignmentId = assignment == null ? null : assignment.id();
        this.dueAt = assignment == null ? null : assignment.dueAt();
    }

    void rescheduled(Instant dueAt) {
        this.dueAt = dueAt;
    }

    void setTarget(@Nullable Instant target) {
        this.targetAt = target;
    }

    void withdraw(Instant now) {
        this.status = Status.WITHDRAWN;
        this.withdrawnAt = now;
    }

    void touch(LessonId lesson, Instant now) {
        this.lastLessonId = lesson.value();
        this.lastActivityAt = now;
    }

    /** Marks the course completed; false when it already was. */
    boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        return true;
    }

    public EnrollmentId id() { return new EnrollmentId(id); }
    public UUID tenantId() { return tenantId; }
    public UserId learnerId() { return new UserId(learnerId); }
    public CourseId courseId() { return new CourseId(courseId); }
    public EnrollmentSource source() { return source; }
    public @Nullable UUID assignmentId() { return assignmentId; }
    public DeadlineStyle deadlineStyle() { return deadlineStyle; }
    public @Nullable Instant dueAt() { return dueAt; }
    public @Nullable Instant targetAt() { return targetAt; }
    public Status status() { return status; }
    public boolean active() { return status == Status.ACTIVE; }
    public UserId enrolledBy() { return new UserId(enrolledBy); }
    public Instant enrolledAt() { return enrolledAt; }
    public @Nullable LessonId lastLessonId() { return lastLessonId == null ? null : new LessonId(lastLessonId); }
    public @Nullable Instant lastActivityAt() { return lastActivityAt; }
    public @Nullable Instant completedAt() { return completedAt; }
    public @Nullable Instant withdrawnAt() { return withdrawnAt; }
}
