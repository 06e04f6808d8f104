package org.vidya.mastery.state;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.vidya.mastery.EvidenceSource;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/** A source event (a graded attempt) whose evidence is applied: a second delivery is skipped. */
@Entity
@Table(name = "mastery_processed_event")
class ProcessedEvent {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    @Enumerated(EnumType.STRING)
    private EvidenceSource source;
    private UUID sourceId;
    private Instant processedAt;

    protected ProcessedEvent() {
    }

    ProcessedEvent(UserId learner, EvidenceSource source, UUID sourceId, Instant now) {
        this.id = Ids.next();
        this.learnerId = learner.value();
        this.source = source;
        this.sourceId = sourceId;
        this.processedAt = now;
    }
}
