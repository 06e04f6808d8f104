package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * A test set for a class within a window. The seed gives a benchmark's cohort its one form.
 */
@Entity
@Table(name = "assessment_schedule")
class Schedule {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID quizId;
    private UUID classId;
    private Instant opensAt;
    private Instant closesAt;
    private long seed;
    private UUID createdBy;
    private Instant createdAt;

    protected Schedule() {
    }

    Schedule(UUID quizId, UUID classId, Instant opensAt, Instant closesAt, long seed, UserId by, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.quizId = quizId;
        this.classId = classId;
        this.opensAt = opensAt;
        this.closesAt = closesAt;
        this.seed = seed;
        this.createdBy = by.value();
        this.createdAt = now;
    }

    /** Upcoming before it opens, open until it closes, closed after. */
    ScheduleWindow window(Instant now) {
        return now.isBefore(opensAt) ? ScheduleWindow.UPCOMING : now.isBefore(closesAt) ? ScheduleWindow.OPEN : ScheduleWindow.CLOSED;
    }

    ScheduleId scheduleId() { return new ScheduleId(id); }
    UUID id() { return id; }
    UUID tenantId() { return tenantId; }
    UUID quizId() { return quizId; }
    UUID classId() { return classId; }
    Instant opensAt() { return opensAt; }
    Instant closesAt() { return closesAt; }
    long seed() { return seed; }
    UserId createdBy() { return new UserId(createdBy); }
    Instant createdAt() { return createdAt; }
}
