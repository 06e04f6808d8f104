package org.vidya.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CourseId;
import org.vidya.learning.DeadlineStyle;
import org.vidya.learning.EnrollmentSource;
import org.vidya.learning.LearnerEnrolled;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TeamId;
import org.vidya.organization.TenantType;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Enrolls learners and gives courses to classes and teams in the current tenant, and publishes
 * {@link LearnerEnrolled}. It checks no permission: the services in front of it do, and start-up
 * work (demo content) calls it directly.
 */
@Component
public class Enroller {

    /** What an enrollment call did: {@code enrolled} is false when the learner already was. */
    public record Outcome(Enrollment enrollment, boolean enrolled) {
    }

    /** An assignment after it was made or moved, and how many learners it enrolled now. */
    public record AssignmentOutcome(CourseAssignment assignment, int newlyEnrolled) {
    }

    private final Enrollments enrollments;
    private final CourseAssignments assignments;
    private final OrganizationManagement organization;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Enroller(Enrollments enrollments, CourseAssignments assignments, OrganizationManagement organization,
            ApplicationEventPublisher events, Clock clock) {
        this.enrollments = enrollments;
        this.assignments = assignments;
        this.organization = organization;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Enrolls the learner; an active enrollment stays as it is (but comes under the assignment
     * when it had none), a withdrawn one starts again with its progress.
     */
    @Transactional
    public Outcome enroll(UserId learner, CourseId course, EnrollmentSource source,
            @Nullable CourseAssignment assignment, UserId by) {
        TenantId tenant = new TenantId(TenantOwned.currentTenant());
        DeadlineStyle style = DeadlineRules.styleFor(source, tenantType(tenant));
        Instant now = clock.instant();
        Optional<Enrollment> existing = enrollments.lockByLearnerAndCourse(learner.value(), course.value());
        Enrollment enrollment;
        if (existing.isPresent()) {
            enrollment = existing.get();
            if (enrollment.active()) {
                if (assignment != null && enrollment.assignmentId() == null) {
                    enrollment.joinAssignment(assignment, style);
                }
                return new Outcome(enrollment, false);
            }
            enrollment.start(source, assignment, style, by, now);
        } else {
            enrollment = enrollments.save(new Enrollment(learner, course, source, assignment, style, by, now));
        }
        events.publishEvent(new LearnerEnrolled(enrollment.id(), learner, course, source, tenant, now));
        return new Outcome(enrollment, true);
    }

    /** Gives the course to the class (or moves its due date) and enrolls the class's learners. */
    @Transactional
    public AssignmentOutcome assignToClass(ClassId classId, CourseId course, Instant dueAt, UserId by) {
        CourseAssignment assignment = assignments.findByClassIdAndCourseId(classId.value(), course.value())
                .map(a -> reschedule(a, dueAt, by))
                .orElseGet(() -> assignments.save(CourseAssignment.toClass(classId, course, dueAt, by,
                        clock.instant())));
        return new AssignmentOutcome(assignment, sync(assignment, by));
    }

    /** Gives the course to the team (or moves its deadline) and enrolls the team's members. */
    @Transactional
    public AssignmentOutcome assignToTeam(TeamId team, CourseId course, Instant dueAt, UserId by) {
        CourseAssignment assignment = assignments.findByTeamIdAndCourseId(team.value(), course.value())
                .map(a -> reschedule(a, dueAt, by))
                .orElseGet(() -> assignments.save(CourseAssignment.toTeam(team, course, dueAt, by,
                        clock.instant())));
        return new AssignmentOutcome(assignment, sync(assignment, by));
    }

    /** Enrolls the group's current learners who are not enrolled yet; answers how many that was. */
    @Transactional
    public int sync(CourseAssignment assignment, UserId by) {
        int enrolled = 0;
        for (GroupMember learner : roster(assignment)) {
            if (enroll(learner.userId(), assignment.courseId(), assignment.source(), assignment, by).enrolled()) {
                enrolled++;
            }
        }
        return enrolled;
    }

    /** The course given to the class, if it was. */
    @Transactional(readOnly = true)
    public Optional<CourseAssignment> classAssignment(ClassId classId, CourseId course) {
        return assignments.findByClassIdAndCourseId(classId.value(), course.value());
    }

    /** The course given to the team, if it was. */
    @Transactional(readOnly = true)
    public Optional<CourseAssignment> teamAssignment(TeamId team, CourseId course) {
        return assignments.findByTeamIdAndCourseId(team.value(), course.value());
    }

    /** The learners of the class or members of the team the course was given to. */
    public List<GroupMember> roster(CourseAssignment assignment) {
        ClassId classId = assignment.classId();
        TeamId teamId = assignment.teamId();
        if (classId != null) {
            return organization.classLearners(classId);
        }
        return teamId == null ? List.of() : organization.teamMembers(teamId);
    }

    private CourseAssignment reschedule(CourseAssignment assignment, Instant dueAt, UserId by) {
        assignment.reschedule(dueAt, by, clock.instant());
        enrollments.findByAssignmentId(assignment.id()).forEach(e -> e.rescheduled(dueAt));
        return assignment;
    }

    private TenantType tenantType(TenantId tenant) {
        return organization.tenantType(tenant).orElse(TenantType.PUBLIC);
    }
}
