package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.ModuleId;

/**
 * A learner's progress in one lesson. Rows are made by {@link LessonProgresses#startIfAbsent}
 * and completed by {@link LessonProgresses#completeIfOpen}, never through this class, so that
 * the unique key and the conditional update decide what happens once.
 */
@Entity
@Table(name = "learning_lesson_progress")
public class LessonProgress {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private UUID courseId;
    private UUID moduleId;
    private UUID lessonId;
    private Instant startedAt;
    private Instant lastSeenAt;
    private int secondsSpent;
    private @Nullable Instant completedAt;

    protected LessonProgress() {
    }

    /** Credits time spent on the lesson and moves its last-seen mark. */
    void spend(int seconds, Instant now) {
        this.secondsSpent += Math.max(0, seconds);
        this.lastSeenAt = now;
    }

    public LessonId lessonId() { return new LessonId(lessonId); }
    UUID learnerIdValue() { return learnerId; }
    public ModuleId moduleId() { return new ModuleId(moduleId); }
    public Instant startedAt() { return startedAt; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public int secondsSpent() { return secondsSpent; }
    public @Nullable Instant completedAt() { return completedAt; }
    public boolean completed() { return completedAt != null; }
}
