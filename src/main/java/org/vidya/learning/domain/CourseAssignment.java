package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseId;
import org.vidya.learning.EnrollmentSource;
import org.vidya.organization.ClassId;
import org.vidya.organization.TeamId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A course given to a whole class (by a teacher) or team (by its manager), due by a date. */
@Entity
@Table(name = "learning_course_assignment")
public class CourseAssignment {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID courseId;
    private @Nullable UUID classId;
    private @Nullable UUID teamId;
    private Instant dueAt;
    private UUID assignedBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected CourseAssignment() {
    }

    private CourseAssignment(CourseId course, @Nullable ClassId classId, @Nullable TeamId teamId, Instant dueAt,
            UserId by, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.courseId = course.value();
        this.classId = classId == null ? null : classId.value();
        this.teamId = teamId == null ? null : teamId.value();
        this.dueAt = dueAt;
        this.assignedBy = by.value();
        this.createdAt = now;
        this.updatedAt = now;
    }

    static CourseAssignment toClass(ClassId classId, CourseId course, Instant dueAt, UserId by, Instant now) {
        return new CourseAssignment(course, classId, null, dueAt, by, now);
    }

    static CourseAssignment toTeam(TeamId team, CourseId course, Instant dueAt, UserId by, Instant now) {
        return new CourseAssignment(course, null, team, dueAt, by, now);
    }

    void reschedule(Instant dueAt, UserId by, Instant now) {
        this.dueAt = dueAt;
        this.assignedBy = by.value();
        this.updatedAt = now;
    }

    public UUID id() { return id; }
    public CourseId courseId() { return new CourseId(courseId); }
    public @Nullable ClassId classId() { return classId == null ? null : new ClassId(classId); }
    public @Nullable TeamId teamId() { return teamId == null ? null : new TeamId(teamId); }
    public Instant dueAt() { return dueAt; }
    public UserId assignedBy() { return new UserId(assignedBy); }
    public Instant createdAt() { return createdAt; }

    /** How learners enrolled through this assignment came to the course. */
    public EnrollmentSource source() {
        return classId != null ? EnrollmentSource.CLASS : EnrollmentSource.TEAM;
    }
}
