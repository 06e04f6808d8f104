package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.UserId;

/**
 * An attempt's result: its total, per-section and per-concept totals (JSON), and whether it is
 * final (no item waits for a person). One row per attempt; a regrade updates it.
 */
@Entity
@Table(name = "assessment_result")
class ResultRecord {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID attemptId;
    private UUID quizId;
    private @Nullable UUID scheduleId;
    private UUID learnerId;
    private BigDecimal score;
    private BigDecimal maxScore;
    private double accuracy;
    private String sections;
    private String concepts;
    private int pending;
    private boolean finalResult;
    private Instant startedAt;
    private Instant submittedAt;
    private @Nullable Instant gradedAt;
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected ResultRecord() {
    }

    ResultRecord(UUID tenantId, AttemptId attempt, QuizId quiz, @Nullable ScheduleId schedule, UserId learner,
            Instant startedAt, Instant submittedAt) {
        this.id = attempt.value();
        this.tenantId = tenantId;
        this.attemptId = attempt.value();
        this.quizId = quiz.value();
        this.scheduleId = schedule == null ? null : schedule.value();
        this.learnerId = learner.value();
        this.startedAt = startedAt;
        this.submittedAt = submittedAt;
    }

    /** Takes new totals; returns whether the result just became final. */
    boolean update(ScoreSheet sheet, String sectionsJson, String conceptsJson, Instant now) {
        boolean wasFinal = finalResult;
        this.score = sheet.score();
        this.maxScore = sheet.maxScore();
        this.accuracy = sheet.accuracy();
        this.sections = sectionsJson;
        this.concepts = conceptsJson;
        this.pending = sheet.pending();
        this.finalResult = sheet.complete();
        this.updatedAt = now;
        if (finalResult && !wasFinal) {
            this.gradedAt = now;
        }
        return finalResult && !wasFinal;
    }

    AttemptId attempt() { return new AttemptId(attemptId); }
    QuizId quiz() { return new QuizId(quizId); }
    @Nullable ScheduleId schedule() { return scheduleId == null ? null : new ScheduleId(scheduleId); }
    UserId learner() { return new UserId(learnerId); }
    BigDecimal score() { return score; }
    BigDecimal maxScore() { return maxScore; }
    double accuracy() { return accuracy; }
    String sections() { return sections; }
    String concepts() { return concepts; }
    int pending() { return pending; }
    boolean finalResult() { return finalResult; }
    Instant startedAt() { return startedAt; }
    Instant submittedAt() { return submittedAt; }
    @Nullable Instant gradedAt() { return gradedAt; }
}
