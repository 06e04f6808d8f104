package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.coursework.AssignmentId;
import org.vidya.coursework.SubmissionGraded;
import org.vidya.coursework.SubmissionId;
import org.vidya.coursework.domain.SubmissionViews.SubmissionView;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

/**
 * Teachers grade submissions (a level per rubric criterion, or points without a rubric) with
 * written feedback. Grades are drafts until released; releasing shows the learner the grade, the
 * late penalty and the feedback, and publishes {@link SubmissionGraded}, again after a regrade.
 */
@Service
public class GradingService {

    public static final int MAX_FEEDBACK = 10_000;

    private final Assignments assignments;
    private final Submissions submissions;
    private final CourseworkAccess access;
    private final SubmissionViews views;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    GradingService(Assignments assignments, Submissions submissions, CourseworkAccess access, SubmissionViews views,
            ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.access = access;
        this.views = views;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A grade as a teacher gives it: with a rubric, one level per criterion (criterion id to
     * level id) and no points (they follow from the levels); without one, the points.
     */
    public record GradeCommand(@Nullable BigDecimal points, @Nullable Map<UUID, UUID> levels,
            @Nullable String feedback) {
    }

    /** @param released how many submissions had a grade (or a regrade) the learner had not seen */
    public record ReleaseResult(int released) {
    }

    /** Saves a draft grade; points above the maximum are a 422 problem with a field error. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public SubmissionView grade(SubmissionId id, GradeCommand command) {
        Submission submission = access.submissionForStaff(id.value());
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        String feedback = command.feedback();
        if (feedback != null && feedback.length() > MAX_FEEDBACK) {
            throw ApiException.invalid("feedback", "size", "must be at most " + MAX_FEEDBACK + " characters");
        }
        Map<UUID, UUID> levels = command.levels() == null ? Map.of() : command.levels();
        BigDecimal points;
        Map<UUID, UUID> picks = null;
        Rubric rubric = assignment.rubric();
        if (rubric != null) {
            if (command.points() != null) {
                throw ApiException.invalid("points", "rubric-graded",
                        "this assignment has a rubric: pick a level per criterion and the points follow");
            }
            Rubric.Scored scored = rubric.score(levels);
            if (!scored.problems().isEmpty()) {
                throw ApiException.invalid(scored.problems());
            }
            points = scored.points();
            picks = scored.picks();
        } else {
            if (!levels.isEmpty()) {
                throw ApiException.invalid("levels", "no-rubric", "this assignment has no rubric; give points");
            }
            points = command.points();
            if (points == null) {
                throw ApiException.invalid("points", "required", "give the points");
            }
            if (points.signum() < 0 || points.scale() > 2) {
                throw ApiException.invalid(List.of(new FieldViolation("points", "out-of-range",
                        "must be zero or more, in hundredths at most")));
            }
            if (points.compareTo(assignment.maxPoints()) > 0) {
                throw AssignmentService.tooManyPoints(assignment.maxPoints());
            }
        }
        UserId me = CurrentUser.id();
        submission.grade(points, picks, feedback, me, now());
        audit.record(AuditRecord.success(CurrentUser.tenant(), me, "submission.graded", "submission",
                submission.id(), "draft " + points.stripTrailingZeros().toPlainString() + " of "
                        + assignment.maxPoints().stripTrailingZeros().toPlainString() + ", learner "
                        + submission.learner()));
        return views.forStaff(assignment, submission);
    }

    /** Shows a submission's grade to its learner; nothing happens when they have already seen this grade. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public SubmissionView release(SubmissionId id) {
        Submission submission = access.submissionForStaff(id.value());
        Assignment assignment = assignments.findById(submission.assignmentId()).orElseThrow();
        if (!submission.isGraded()) {
            throw ApiException.conflict("not-graded", "Grade this submission before releasing its grade.");
        }
        if (submission.releasePending()) {
            release(assignment, submission, now());
        }
        return views.forStaff(assignment, submission);
    }

    /** Releases every graded submission of the assignment whose grade the learner has not seen yet. */
    @PreAuthorize("hasAuthority('COURSEWORK_MANAGE')")
    @Transactional
    public ReleaseResult releaseAll(AssignmentId id) {
        Assignment assignment = access.forStaff(id.value());
        Instant now = now();
        int released = 0;
        for (Submission submission : submissions.findByAssignmentId(assignment.id())) {
            if (submission.releasePending()) {
                release(assignment, submission, now);
                released++;
            }
        }
        return new ReleaseResult(released);
    }

    private void release(Assignment assignment, Submission submission, Instant now) {
        Deadline deadline = assignment.deadline();
        BigDecimal points = submission.gradePoints();
        Penalty penalty = deadline.penalty(points == null ? BigDecimal.ZERO : points, assignment.maxPoints(),
                submission.submittedAt());
        boolean late = deadline.isLate(submission.submittedAt());
        boolean regrade = submission.isReleased();
        UserId me = CurrentUser.id();
        TenantId tenant = CurrentUser.tenant();
        submission.release(penalty, late, me, now);
        events.publishEvent(new SubmissionGraded(submission.submissionId(), assignment.assignmentId(),
                submission.learner(), assignment.courseId(), tenant, penalty.finalPoints(), assignment.maxPoints(),
                late, now));
        audit.record(AuditRecord.success(tenant, me, "submission.grade-released", "submission", submission.id(),
                (regrade ? "regrade " : "") + penalty.finalPoints().toPlainString() + " of "
                        + assignment.maxPoints().stripTrailingZeros().toPlainString()
                        + (penalty.applies() ? " after a late penalty of " + penalty.points().toPlainString() : "")
                        + ", learner " + submission.learner()));
    }

    // Times are kept to the microsecond, as the database keeps them, so that what a caller is
    // told equals what a later read says.
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
