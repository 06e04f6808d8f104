package org.vidya.assessment.grading;

import java.time.Instant;
import java.util.Map;
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
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * An item of a submitted attempt waiting to be scored (an essay, a case with a written part).
 * {@code grader} says who is to score it: a person now; the AI grader later, with a teacher free
 * to override what it gives.
 */
@Entity
@Table(name = "assessment_grading_task")
class GradingTask {

    enum Status {
        PENDING,
        DONE
    }

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID attemptId;
    private String slot;
    private UUID itemId;
    private String type;
    private UUID quizId;
    private @Nullable UUID scheduleId;
    private UUID learnerId;
    @Enumerated(EnumType.STRING)
    private Grader grader;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Convert(converter = LevelsColumn.class)
    private @Nullable Map<String, String> levels;
    private Instant createdAt;
    private @Nullable UUID scoredBy;
    private @Nullable Instant scoredAt;
    @Version
    private @Nullable Long version;

    protected GradingTask() {
    }

    GradingTask(UUID tenantId, AttemptId attempt, String slot, ItemId item, String type, QuizId quiz,
            @Nullable ScheduleId schedule, UserId learner, Grader grader, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenantId;
        this.attemptId = attempt.value();
        this.slot = slot;
        this.itemId = item.value();
        this.type = type;
        this.quizId = quiz.value();
        this.scheduleId = schedule == null ? null : schedule.value();
        this.learnerId = learner.value();
        this.grader = grader;
        this.status = Status.PENDING;
        this.createdAt = now;
    }

    void done(@Nullable Map<String, String> levels, UserId by, Instant now) {
        this.status = Status.DONE;
        this.levels = levels == null || levels.isEmpty() ? null : Map.copyOf(levels);
        this.scoredBy = by.value();
        this.scoredAt = now;
    }

    UUID id() { return id; }
    AttemptId attempt() { return new AttemptId(attemptId); }
    String slot() { return slot; }
    ItemId item() { return new ItemId(itemId); }
    String type() { return type; }
    QuizId quiz() { return new QuizId(quizId); }
    @Nullable ScheduleId schedule() { return scheduleId == null ? null : new ScheduleId(scheduleId); }
    UserId learner() { return new UserId(learnerId); }
    Grader grader() { return grader; }
    Status status() { return status; }
    @Nullable Map<String, String> levels() { return levels; }
    Instant createdAt() { return createdAt; }
    @Nullable UserId scoredBy() { return scoredBy == null ? null : new UserId(scoredBy); }
    @Nullable Instant scoredAt() { return scoredAt; }
}
