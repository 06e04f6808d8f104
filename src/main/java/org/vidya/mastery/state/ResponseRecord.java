package org.vidya.mastery.state;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.Observation;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * One answer in the response log, as it was applied: its concepts, outcome, item parameters,
 * the learner's ability just before it (for calibration), and the batch it came in
 * ({@code sourceId}: the graded attempt, or one practice submission). The log is what a regrade
 * rebuilds a learner from.
 */
@Entity
@Table(name = "mastery_response")
class ResponseRecord {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private @Nullable UUID itemId;
    private @Nullable String concept;
    private String secondaryConcepts;
    private double outcome;
    private double difficulty;
    private double discrimination;
    private double theta;
    private Instant answeredAt;
    @Column(name = "response_time_ms")
    private long responseTimeMillis;
    @Enumerated(EnumType.STRING)
    private EvidenceSource source;
    private UUID sourceId;

    protected ResponseRecord() {
    }

    ResponseRecord(UserId learner, Observation observation, double theta, EvidenceSource source, UUID sourceId) {
        this.id = Ids.next();
        this.learnerId = learner.value();
        this.itemId = observation.item() == null ? null : observation.item().value();
        this.concept = observation.primaryConcept();
        this.secondaryConcepts = String.join(" ", observation.secondaryConcepts());
        this.outcome = observation.outcome();
        this.difficulty = observation.difficulty();
        this.discrimination = observation.discrimination();
        this.theta = theta;
        this.answeredAt = observation.at();
        this.responseTimeMillis = observation.responseTimeMillis();
        this.source = source;
        this.sourceId = sourceId;
    }

    Observation observation() {
        List<String> secondaries = secondaryConcepts.isBlank() ? List.of()
                : Arrays.asList(secondaryConcepts.split(" "));
        return new Observation(itemId == null ? null : new ItemId(itemId), concept, secondaries, difficulty,
                discrimination, outcome, answeredAt, responseTimeMillis);
    }

    /** The ability just before the answer, as a rebuild recomputes it. */
    void theta(double value) {
        this.theta = value;
    }

    UserId learner() { return new UserId(learnerId); }
    double theta() { return theta; }
    double outcome() { return outcome; }
    EvidenceSource source() { return source; }
    UUID sourceId() { return sourceId; }
    Instant answeredAt() { return answeredAt; }
}
