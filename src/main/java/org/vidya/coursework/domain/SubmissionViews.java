package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.UserId;

/** Builds what staff and learners read of a submission; learners never get the draft grade. */
@Component
public class SubmissionViews {

    private final SubmissionAttempts attempts;
    private final IdentityManagement identity;
    private final Clock clock;

    SubmissionViews(SubmissionAttempts attempts, IdentityManagement identity, Clock clock) {
        this.attempts = attempts;
        this.identity = identity;
        this.clock = clock;
    }

    /** A file handed in: its safe name, the type it is served as, and its size in bytes. */
    public record FileInfo(String name, String contentType, long size) {
    }

    /** The level a grade picked for one rubric criterion. */
    public record CriterionGrade(UUID criterionId, String criterion, UUID levelId, String level, BigDecimal points,
            BigDecimal maxPoints) {
    }

    /**
     * A grade: the points earned, the late penalty shown separately, and the points that count.
     *
     * @param at when it was saved (a draft) or released
     */
    public record GradeView(BigDecimal points, BigDecimal maxPoints, long daysLate, BigDecimal penaltyPercent,
            BigDecimal penaltyPoints, BigDecimal finalPoints, List<CriterionGrade> criteria,
            @Nullable String feedback, Instant at) {
    }

    /**
     * A submission with its current attempt. {@code draftGrade} (the teacher's unreleased grade)
     * is only ever filled for staff; {@code grade} is the grade as released to the learner.
     */
    public record SubmissionView(UUID id, UUID assignmentId, String assignmentTitle, UUID courseId, UUID learnerId,
            String learnerName, SubmissionStatus status, int attempts, int attempt, SubmissionType type,
            @Nullable String text, @Nullable String url, @Nullable FileInfo file, Instant firstSubmittedAt,
            Instant submittedAt, boolean late, long daysLate, @Nullable GradeView draftGrade,
            @Nullable GradeView grade, boolean releasePending) {
    }

    SubmissionView forLearner(Assignment assignment, Submission submission, SubmissionAttempt attempt) {
        return view(assignment, submission, attempt, false);
    }

    SubmissionView forStaff(Assignment assignment, Submission submission) {
        SubmissionAttempt attempt = attempts.findById(submission.currentAttemptId()).orElseThrow();
        return view(assignment, submission, attempt, true);
    }

    SubmissionView forLearner(Assignment assignment, Submission submission) {
        SubmissionAttempt attempt = attempts.findById(submission.currentAttemptId()).orElseThrow();
        return view(assignment, submission, attempt, false);
    }

    private SubmissionView view(Assignment assignment, Submission s, SubmissionAttempt attempt, boolean staff) {
        Deadline deadline = assignment.deadline();
        SubmissionContent content = attempt.content();
        String text = content instanceof SubmissionContent.Text t ? t.text() : null;
        String url = content instanceof SubmissionContent.Link l ? l.url() : null;
        FileInfo file = content instanceof SubmissionContent.File f ? new FileInfo(f.name(), f.contentType(), f.size())
                : null;
        return new SubmissionView(s.id(), assignment.id(), assignment.title(), assignment.courseId().value(),
                s.learner().value(), name(s.learner()), deadline.status(s.submittedAt(), s.isReleased(), clock.instant()),
                s.attempts(), attempt.number(), attempt.type(), text, url, file, s.firstSubmittedAt(),
                attempt.submittedAt(), deadline.isLate(attempt.submittedAt()),
                deadline.startedDaysLate(attempt.submittedAt()), staff ? draftGrade(assignment, s) : null,
                releasedGrade(assignment, s), staff && s.releasePending());
    }

    @Nullable GradeView draftGrade(Assignment assignment, Submission s) {
        BigDecimal points = s.gradePoints();
        if (points == null || s.gradedAt() == null) {
            return null;
        }
        Penalty penalty = assignment.deadline().penalty(points, assignment.maxPoints(), s.submittedAt());
        return new GradeView(points, assignment.maxPoints(), penalty.daysLate(), penalty.percent(), penalty.points(),
                penalty.finalPoints(), criteria(assignment.rubric(), s.gradeLevels()), s.gradeFeedback(),
                s.gradedAt());
    }

    @Nullable GradeView releasedGrade(Assignment assignment, Submission s) {
        if (!s.isReleased() || s.releasedPoints() == null || s.releasedAt() == null) {
            return null;
        }
        return new GradeView(s.releasedPoints(), assignment.maxPoints(),
                assignment.deadline().startedDaysLate(s.submittedAt()), orZero(s.releasedPenaltyPercent()),
                orZero(s.releasedPenaltyPoints()), orZero(s.releasedFinalPoints()),
                criteria(assignment.rubric(), s.releasedLevels()), s.releasedFeedback(), s.releasedAt());
    }

    static List<CriterionGrade> criteria(@Nullable Rubric rubric, @Nullable Map<UUID, UUID> picks) {
        List<CriterionGrade> result = new ArrayList<>();
        if (rubric == null || picks == null) {
            return result;
        }
        for (Rubric.Criterion c : rubric.criteria()) {
            UUID levelId = picks.get(c.id());
            if (levelId == null) {
                continue;
            }
            c.level(levelId).ifPresent(level -> result.add(new CriterionGrade(c.id(), c.title(), level.id(),
                    level.description(), level.points(), c.maxPoints())));
        }
        return result;
    }

    String name(UserId user) {
        return identity.find(user).map(AccountSummary::displayName).orElse("");
    }

    Map<UserId, AccountSummary> names(java.util.Collection<UserId> users) {
        return identity.accounts(users);
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
