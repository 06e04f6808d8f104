package org.vidya.mastery.session;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;
import org.vidya.mastery.irt.IrtItem;
import org.vidya.platform.UserId;

/**
 * One graded answer of a session, with the item's IRT parameters as they were when it was
 * answered, so that replaying the diagnostic gives the same estimate after a recalibration.
 */
@Entity
@Table(name = "mastery_session_answer")
@IdClass(SessionAnswer.Key.class)
class SessionAnswer {

    record Key(UUID sessionId, int sequence) implements Serializable {

        Key() {
            this(new UUID(0, 0), 0);
        }
    }

    @Id
    private UUID sessionId;
    @Id
    private int sequence;
    @org.hibernate.annotations.TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private UUID itemId;
    private @Nullable String concept;
    @Column(name = "irt_a")
    private double irtA;
    @Column(name = "irt_b")
    private double irtB;
    @Column(name = "irt_c")
    private double irtC;
    private String response;
    private double fraction;
    private boolean correct;
    private @Nullable String explanation;
    private long responseTimeMs;
    private Instant answeredAt;

    protected SessionAnswer() {
    }

    SessionAnswer(UUID sessionId, int sequence, UserId learner, ItemId item, @Nullable String concept, IrtItem irt,
            String response, double fraction, boolean correct, @Nullable String explanation, long responseTimeMs,
            Instant answeredAt) {
        this.sessionId = sessionId;
        this.sequence = sequence;
        this.learnerId = learner.value();
        this.itemId = item.value();
        this.concept = concept;
        this.irtA = irt.a();
        this.irtB = irt.b();
        this.irtC = irt.c();
        this.response = response;
        this.fraction = fraction;
        this.correct = correct;
        this.explanation = explanation;
        this.responseTimeMs = responseTimeMs;
        this.answeredAt = answeredAt;
    }

    int sequence() { return sequence; }
    ItemId item() { return new ItemId(itemId); }
    @Nullable String concept() { return concept; }
    IrtItem irt() { return new IrtItem(irtA, irtB, irtC); }
    double fraction() { return fraction; }
    boolean correct() { return correct; }
    @Nullable String explanation() { return explanation; }
    Instant answeredAt() { return answeredAt; }
}
