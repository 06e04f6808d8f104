package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * One learner's attempt at a test: its key and paper, frozen when generated, and its clock.
 * Updates write only changed columns, because heartbeats write {@code last_seen_at} beside it.
 */
@Entity
@Table(name = "assessment_attempt")
@DynamicUpdate
class Attempt {

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID quizId;
    private @Nullable UUID scheduleId;
    private UUID learnerId;
    private UUID scopeId;
    private int number;
    private long seed;
    @Enumerated(EnumType.STRING)
    private AttemptStatus status;
    private String language;
    private Instant createdAt;
    private @Nullable Instant startedAt;
    private @Nullable Instant deadline;
    private @Nullable Instant submittedAt;
    private boolean automatic;
    private int currentSection;
    private @Nullable Instant sectionDeadline;
    private int slotCount;
    private String answerKey;
    private byte[] paper;
    private String paperEtag;
    private @Nullable Instant lastSeenAt;
    private @Nullable String lastSlot;

    protected Attempt() {
    }

    Attempt(AttemptId id, UUID quizId, @Nullable UUID scheduleId, UserId learner, int number, long seed,
            String language, PaperGenerator.Generated generated, Instant now) {
        this.id = id.value();
        this.tenantId = TenantOwned.currentTenant();
        this.quizId = quizId;
        this.scheduleId = scheduleId;
        this.learnerId = learner.value();
        this.scopeId = scheduleId != null ? scheduleId : quizId;
        this.number = number;
        this.seed = seed;
        this.status = AttemptStatus.READY;
        this.language = language;
        this.createdAt = now;
        this.slotCount = generated.key().slots().size();
        this.answerKey = Json.write(generated.key());
        this.paper = generated.paper();
        this.paperEtag = generated.etag();
    }

    /** Starts the clock: the deadline and, for sectioned tests, the first section's deadline. */
    void start(Instant now, @Nullable Instant deadline, @Nullable Instant sectionDeadline) {
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = now;
        this.deadline = deadline;
        this.currentSection = 0;
        this.sectionDeadline = sectionDeadline;
    }

    void moveToSection(int section, @Nullable Instant deadline) {
        this.currentSection = section;
        this.sectionDeadline = deadline;
    }

    void submit(Instant now, boolean automatic) {
        this.status = AttemptStatus.SUBMITTED;
        this.submittedAt = now;
        this.automatic = automatic;
    }

    void markGraded() {
        if (status == AttemptStatus.SUBMITTED) {
            status = AttemptStatus.GRADED;
        }
    }

    void replaceKey(AttemptKey key) {
        this.answerKey = Json.write(key);
    }

    AttemptId attemptId() { return new AttemptId(id); }
    UUID id() { return id; }
    TenantId tenant() { return new TenantId(tenantId); }
    QuizId quizId() { return new QuizId(quizId); }
    UUID quiz() { return quizId; }
    @Nullable UUID scheduleUuid() { return scheduleId; }
    @Nullable ScheduleId scheduleId() { return scheduleId == null ? null : new ScheduleId(scheduleId); }
    UserId learner() { return new UserId(learnerId); }
    int number() { return number; }
    long seed() { return seed; }
    AttemptStatus status() { return status; }
    String language() { return language; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant startedAt() { return startedAt; }
    @Nullable Instant deadline() { return deadline; }
    @Nullable Instant submittedAt() { return submittedAt; }
    boolean automatic() { return automatic; }
    int currentSection() { return currentSection; }
    @Nullable Instant sectionDeadline() { return sectionDeadline; }
    int slotCount() { return slotCount; }
    AttemptKey key() { return Json.key(answerKey); }
    byte[] paper() { return paper; }
    String paperEtag() { return paperEtag; }
    @Nullable Instant lastSeenAt() { return lastSeenAt; }
}
