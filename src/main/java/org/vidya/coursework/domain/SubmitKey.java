package org.vidya.coursework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * An {@code Idempotency-Key} a learner sent with a submission, and the attempt it produced: the
 * same key again answers with that attempt instead of handing in twice.
 */
@Entity
@Table(name = "coursework_submit_key")
class SubmitKey {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private String idempotencyKey;
    private String requestHash;
    private UUID assignmentId;
    private UUID attemptId;
    private Instant createdAt;

    protected SubmitKey() {
    }

    SubmitKey(UserId learner, String key, String requestHash, UUID assignmentId, UUID attemptId, Instant now) {
        this.id = Ids.next();
        this.tenantId = TenantOwned.currentTenant();
        this.learnerId = learner.value();
        this.idempotencyKey = key;
        this.requestHash = requestHash;
        this.assignmentId = assignmentId;
        this.attemptId = attemptId;
        this.createdAt = now;
    }

    String requestHash() { return requestHash; }
    UUID assignmentId() { return assignmentId; }
    UUID attemptId() { return attemptId; }
}
