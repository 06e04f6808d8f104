package org.vidya.mastery.session;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;
import org.vidya.platform.ApiException;
import org.vidya.platform.Ids;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;

/**
 * A learner's diagnostic or review session: the item it waits for, how many answers it has, and
 * for the diagnostic the ability after the last one. The version makes two answers racing for the
 * same session conflict instead of both advancing it.
 */
@Entity
@Table(name = "mastery_session")
class StudySession {

    enum Status {
        OPEN,
        FINISHED
    }

    @Id
    private UUID id;
    @org.hibernate.annotations.TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    private @Nullable String subject;
    @Enumerated(EnumType.STRING)
    private Status status;
    private @Nullable String openKey;
    private long seed;
    private String language;
    private @Nullable String plan;
    private @Nullable UUID currentItem;
    private @Nullable Instant presentedAt;
    private int answered;
    private double theta;
    private double standardError;
    private @Nullable String stopReason;
    private @Nullable String results;
    private Instant createdAt;
    private @Nullable Instant finishedAt;
    @Version
    private long version;

    protected StudySession() {
    }

    StudySession(UserId learner, SessionKind kind, @Nullable String subject, long seed, String language, Instant now) {
        this.id = Ids.next();
        this.tenantId = Tenancy.current().orElseThrow(() -> ApiException.forbidden("tenant-required",
                "Choose a school or organization first.")).value();
        this.learnerId = learner.value();
        this.kind = kind;
        this.subject = subject;
        this.status = Status.OPEN;
        this.openKey = openKey(learner, kind, subject);
        this.seed = seed;
        this.language = language;
        this.theta = 0;
        this.standardError = 1;
        this.createdAt = now;
    }

    static String openKey(UserId learner, SessionKind kind, @Nullable String subject) {
        return learner.value() + ":" + kind.name().charAt(0) + (subject == null ? "" : ":" + subject);
    }

    void present(@Nullable ItemId item, Instant now) {
        this.currentItem = item == null ? null : item.value();
        this.presentedAt = item == null ? null : now;
    }

    void answered(int count, double theta, double standardError) {
        this.answered = count;
        this.theta = theta;
        this.standardError = standardError;
    }

    void finish(String stopReason, @Nullable String results, Instant now) {
        this.status = Status.FINISHED;
        this.openKey = null;
        this.currentItem = null;
        this.presentedAt = null;
        this.stopReason = stopReason;
        this.results = results;
        this.finishedAt = now;
    }

    void plan(String plan) {
        this.plan = plan;
    }

    UUID id() { return id; }
    UserId learner() { return new UserId(learnerId); }
    SessionKind kind() { return kind; }
    @Nullable String subject() { return subject; }
    Status status() { return status; }
    boolean open() { return status == Status.OPEN; }
    long seed() { return seed; }
    String language() { return language; }
    @Nullable String plan() { return plan; }
    @Nullable ItemId currentItem() { return currentItem == null ? null : new ItemId(currentItem); }
    @Nullable Instant presentedAt() { return presentedAt; }
    int answered() { return answered; }
    double theta() { return theta; }
    double standardError() { return standardError; }
    @Nullable String stopReason() { return stopReason; }
    @Nullable String results() { return results; }
    Instant createdAt() { return createdAt; }
    @Nullable Instant finishedAt() { return finishedAt; }
}
