package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
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
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** The score of one slot of an attempt, with who gave it: the item type, a person, or (later) the AI grader. */
@Entity
@Table(name = "assessment_item_score")
class ItemScoreRecord {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID attemptId;
    private String slot;
    private int sectionIndex;
    private UUID itemId;
    private int itemVersion;
    private String type;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private double fraction;
    private boolean answered;
    private BigDecimal score;
    private BigDecimal maxScore;
    @Column(name = "response_time_ms")
    private long responseTimeMillis;
    private @Nullable String feedback;
    @Enumerated(EnumType.STRING)
    private Grader grader;
    private @Nullable UUID gradedBy;
    private Instant gradedAt;
    private boolean overridden;
    @Version
    private @Nullable Long version;

    protected ItemScoreRecord() {
    }

    ItemScoreRecord(UUID tenantId, AttemptId attempt, SlotScore score, Instant now) {
        this.id = Ids.next();
        this.tenantId = tenantId;
        this.attemptId = attempt.value();
        this.slot = score.slot().slot();
        this.answered = score.answered();
        this.responseTimeMillis = score.timeSpentMillis();
        take(score, Grader.AUTO, null, now);
    }

    /** Takes a score and who gave it. */
    void take(SlotScore score, Grader by, @Nullable UserId person, Instant now) {
        this.sectionIndex = score.slot().section();
        this.itemId = score.slot().item().value();
        this.itemVersion = score.slot().itemVersion();
        this.type = score.slot().type();
        this.outcome = score.outcome();
        this.fraction = score.fraction();
        this.score = score.score();
        this.maxScore = score.maxScore();
        this.feedback = score.feedback();
        this.grader = by;
        this.gradedBy = person == null ? null : person.value();
        this.gradedAt = now;
    }

    /** A teacher's score, kept through later key changes. */
    void override(SlotScore score, UserId person, Instant now) {
        take(score, Grader.PERSON, person, now);
        this.overridden = true;
    }

    /** The score as the type (or a person) gave it, to mark again under a changed key. */
    ItemScore itemScore() {
        return new ItemScore(fraction, outcome, feedback);
    }

    /** Whether a person (or the AI grader) gave this score, so regrading by the type must keep it. */
    boolean scoredOutsideType() {
        return overridden || grader != Grader.AUTO;
    }

    UUID id() { return id; }
    AttemptId attempt() { return new AttemptId(attemptId); }
    String slot() { return slot; }
    int section() { return sectionIndex; }
    ItemId item() { return new ItemId(itemId); }
    String type() { return type; }
    Outcome outcome() { return outcome; }
    double fraction() { return fraction; }
    boolean answered() { return answered; }
    BigDecimal score() { return score; }
    BigDecimal maxScore() { return maxScore; }
    long responseTimeMillis() { return responseTimeMillis; }
    @Nullable String feedback() { return feedback; }
    Grader grader() { return grader; }
    @Nullable UserId gradedBy() { return gradedBy == null ? null : new UserId(gradedBy); }
    Instant gradedAt() { return gradedAt; }
    boolean overridden() { return overridden; }
}
