package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
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
import org.vidya.coursework.SubmissionId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * A learner's one submission to an assignment: its current attempt, the teacher's grade as a
 * draft, and the grade as last released to the learner. Learners only ever see the released one.
 */
@Entity
@Table(name = "coursework_submission")
public class Submission {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID assignmentId;
    private UUID learnerId;
    private UUID currentAttemptId;
    private int attempts;
    @Enumerated(EnumType.STRING)
    private SubmissionType type;
    private Instant firstSubmittedAt;
    private Instant submittedAt;

    private @Nullable BigDecimal gradePoints;
    @Convert(converter = Columns.PicksColumn.class)
    private @Nullable Map<UUID, UUID> gradeLevels;
    private @Nullable String gradeFeedback;
    private @Nullable UUID gradedBy;
    private @Nullable Instant gradedAt;

    private @Nullable BigDecimal releasedPoints;
    private @Nullable BigDecimal releasedPenaltyPercent;
    private @Nullable BigDecimal releasedPenaltyPoints;
    private @Nullable BigDecimal releasedFinalPoints;
    @Convert(converter = Columns.PicksColumn.class)
    private @Nullable Map<UUID, UUID> releasedLevels;
    private @Nullable String releasedFeedback;
    private boolean releasedLate;
    private @Nullable UUID releasedBy;
    private @Nullable Instant releasedAt;

    @Version
    private long version;

    protected Submission() {
    }

    /** A first hand-in; {@link #firstAttempt} is the attempt to save with it. */
    public Submission(Assignment assignment, UserId learner, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.assignmentId = assignment.id();
        this.learnerId = learner.value();
        this.firstSubmittedAt = now;
    }

    /** Records a new attempt (the first or a replacement) as the current one. */
    public SubmissionAttempt handIn(SubmissionContent content, Instant now) {
        attempts++;
        SubmissionAttempt attempt = new SubmissionAttempt(id, attempts, content, now);
        currentAttemptId = attempt.id();
        type = content.type();
        submittedAt = now;
        return attempt;
    }

    /** Saves the teacher's grade as a draft; learners see it once it is released. */
    public void grade(BigDecimal points, @Nullable Map<UUID, UUID> levels, @Nullable String feedback, UserId by,
            Instant now) {
        this.gradePoints = points;
        this.gradeLevels = levels == null || levels.isEmpty() ? null : Map.copyOf(levels);
        this.gradeFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        this.gradedBy = by.value();
        this.gradedAt = now;
    }

    /** Whether the draft grade says something the learner has not seen yet. */
    public boolean releasePending() {
        if (gradePoints == null) {
            return false;
        }
        return releasedAt == null || releasedPoints == null || gradePoints.compareTo(releasedPoints) != 0
                || !Objects.equals(gradeLevels, releasedLevels) || !Objects.equals(gradeFeedback, releasedFeedback);
    }

    /** Shows the draft grade to the learner, with the late penalty as it stands now. */
    public void release(Penalty penalty, boolean late, UserId by, Instant now) {
        if (gradePoints == null) {
            throw new IllegalStateException("nothing graded to release");
        }
        this.releasedPoints = gradePoints;
        this.releasedLevels = gradeLevels;
        this.releasedFeedback = gradeFeedback;
        this.releasedPenaltyPercent = penalty.percent();
        this.releasedPenaltyPoints = penalty.points();
        this.releasedFinalPoints = penalty.finalPoints();
        this.releasedLate = late;
        this.releasedBy = by.value();
        this.releasedAt = now;
    }

    public boolean isGraded() {
        return gradePoints != null;
    }

    public boolean isReleased() {
        return releasedAt != null;
    }

    public SubmissionId submissionId() { return new SubmissionId(id); }
    public UUID id() { return id; }
    public UUID assignmentId() { return assignmentId; }
    public UserId learner() { return new UserId(learnerId); }
    public UUID currentAttemptId() { return currentAttemptId; }
    public int attempts() { return attempts; }
    public SubmissionType type() { return type; }
    public Instant firstSubmittedAt() { return firstSubmittedAt; }
    public Instant submittedAt() { return submittedAt; }
    public @Nullable BigDecimal gradePoints() { return gradePoints; }
    public @Nullable Map<UUID, UUID> gradeLevels() { return gradeLevels; }
    public @Nullable String gradeFeedback() { return gradeFeedback; }
    public @Nullable UserId gradedBy() { return gradedBy == null ? null : new UserId(gradedBy); }
    public @Nullable Instant gradedAt() { return gradedAt; }
    public @Nullable BigDecimal releasedPoints() { return releasedPoints; }
    public @Nullable BigDecimal releasedPenaltyPercent() { return releasedPenaltyPercent; }
    public @Nullable BigDecimal releasedPenaltyPoints() { return releasedPenaltyPoints; }
    public @Nullable BigDecimal releasedFinalPoints() { return releasedFinalPoints; }
    public @Nullable Map<UUID, UUID> releasedLevels() { return releasedLevels; }
    public @Nullable String releasedFeedback() { return releasedFeedback; }
    public boolean releasedLate() { return releasedLate; }
    public @Nullable Instant releasedAt() { return releasedAt; }
}
