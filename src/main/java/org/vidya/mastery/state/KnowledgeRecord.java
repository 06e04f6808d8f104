package org.vidya.mastery.state;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.model.ConceptTrace;
import org.vidya.mastery.model.MemoryState;
import org.vidya.platform.Ids;
import org.vidya.platform.UserId;

/**
 * What the engine believes one learner knows of one concept: the model's trace (the source of
 * truth) and, kept beside it for queries, the mastery and confidence it gives, the direct-evidence
 * counts, the memory state and the next review. No memory (and so no review) until the concept
 * is practised directly: evidence carried along a prerequisite edge moves mastery only.
 */
@Entity
@Table(name = "mastery_knowledge")
class KnowledgeRecord {

    @Id
    private UUID id;
    @TenantId
    @Column(name = "tenant_id")
    private UUID tenantId;
    private UUID learnerId;
    private String concept;
    private double mastery;
    private int attempts;
    private int correct;
    private @Nullable Instant lastPractice;
    private double stability;
    private double memoryDifficulty;
    private int reviews;
    private @Nullable Instant nextReview;
    private double confidence;
    private @Nullable Double prior;
    private String trace;
    private Instant updatedAt;
    @Version
    private @Nullable Long version;

    protected KnowledgeRecord() {
    }

    KnowledgeRecord(UserId learner, String concept, ConceptTrace trace, @Nullable Double prior, Instant now) {
        this.id = Ids.next();
        this.learnerId = learner.value();
        this.concept = concept;
        this.trace = trace.encode();
        this.prior = prior;
        this.updatedAt = now;
    }

    ConceptKnowledge view() {
        return new ConceptKnowledge(concept, mastery, attempts, correct, lastPractice, stability, memoryDifficulty,
                nextReview, confidence);
    }

    ConceptTrace trace() {
        return ConceptTrace.decode(trace);
    }

    void trace(ConceptTrace next) {
        this.trace = next.encode();
    }

    /** Counts one answer on an item whose primary or secondary concept this is. */
    void countAnswer(double outcome, Instant at) {
        attempts++;
        if (outcome >= 0.999_999) {
            correct++;
        }
        if (lastPractice == null || at.isAfter(lastPractice)) {
            lastPractice = at;
        }
    }

    /** The memory state as the scheduler sees it; null before the first direct practice. */
    @Nullable MemoryState memory() {
        if (reviews == 0 || lastPractice == null) {
            return null;
        }
        // The answers of one batch are folded into one review at the batch's last answer,
        // which is the last practice.
        return new MemoryState(stability, memoryDifficulty, lastPractice.getEpochSecond(), reviews);
    }

    void remember(MemoryState memory, Instant next) {
        this.stability = memory.stability();
        this.memoryDifficulty = memory.difficulty();
        this.reviews = memory.reviews();
        this.nextReview = next;
    }

    void estimate(double mastery, double confidence, Instant now) {
        this.mastery = mastery;
        this.confidence = confidence;
        this.updatedAt = now;
    }

    /** Back to a concept without evidence (a rebuild replays the log onto it). */
    void reset(ConceptTrace fresh) {
        this.trace = fresh.encode();
        this.attempts = 0;
        this.correct = 0;
        this.lastPractice = null;
        this.stability = 0;
        this.memoryDifficulty = 0;
        this.reviews = 0;
        this.nextReview = null;
    }

    void prior(double prior, ConceptTrace fresh) {
        this.prior = prior;
        this.trace = fresh.encode();
    }

    UUID id() { return id; }
    UserId learner() { return new UserId(learnerId); }
    String concept() { return concept; }
    double mastery() { return mastery; }
    int attempts() { return attempts; }
    int correct() { return correct; }
    @Nullable Instant lastPractice() { return lastPractice; }
    @Nullable Instant nextReview() { return nextReview; }
    int reviews() { return reviews; }
    double stability() { return stability; }
    double memoryDifficulty() { return memoryDifficulty; }
    double confidence() { return confidence; }
    @Nullable Double prior() { return prior; }
    boolean hasEvidence() { return attempts > 0; }
}
