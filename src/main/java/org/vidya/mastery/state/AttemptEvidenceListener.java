package org.vidya.mastery.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.vidya.assessment.AttemptGraded;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemOutcome;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.Observation;
import org.vidya.platform.Tenancy;

/**
 * Takes each graded attempt in as evidence, after the grading commits (Modulith's publication
 * registry keeps the event until this completes). Every answered item with a concept becomes an
 * observation at the attempt's grading time; an unanswered one is left out, because a skipped
 * item (time ran out, negative marking avoided) says little about what the learner knows. Item
 * parameters are the bank's calibrated ones when the item pool has them, else the difficulty
 * label's: easy -1, medium 0, hard +1, discrimination 1.
 */
@Component
class AttemptEvidenceListener {

    private final KnowledgeService knowledge;
    private final ObjectProvider<ItemPool> pool;

    AttemptEvidenceListener(KnowledgeService knowledge, ObjectProvider<ItemPool> pool) {
        this.knowledge = knowledge;
        this.pool = pool;
    }

    // No transaction around the listener: the service binds the event's tenant and only then
    // opens its own, so that PostgreSQL's row-level security sees the tenant.
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AttemptGraded event) {
        List<ItemOutcome> answered = event.items().stream()
                .filter(i -> i.answered() && (i.primaryConcept() != null || !i.secondaryConcepts().isEmpty()))
                .toList();
        if (answered.isEmpty() && !event.regrade()) {
            return;
        }
        Map<ItemId, PoolItem> calibrated = Tenancy.callAs(event.tenant(), () -> calibrated(answered));
        List<Observation> observations = new ArrayList<>();
        for (ItemOutcome item : answered) {
            PoolItem params = calibrated.get(item.item());
            double difficulty = params != null ? params.b() : labelDifficulty(item.difficulty());
            double discrimination = params != null && params.a() > 0 ? params.a() : 1.0;
            observations.add(new Observation(item.item(), item.primaryConcept(), item.secondaryConcepts(),
                    difficulty, discrimination, Math.clamp(item.fraction(), 0.0, 1.0), event.occurredAt(),
                    Math.max(0, item.responseTimeMillis())));
        }
        knowledge.applyAttempt(event.tenant(), event.learner(), event.attempt().value(), observations,
                event.regrade());
    }

    private Map<ItemId, PoolItem> calibrated(List<ItemOutcome> items) {
        ItemPool itemPool = pool.getIfAvailable();
        Map<ItemId, PoolItem> byId = new HashMap<>();
        if (itemPool == null || items.isEmpty()) {
            return byId;
        }
        for (PoolItem item : itemPool.items(items.stream().map(ItemOutcome::item).toList())) {
            if (item.calibrated()) {
                byId.put(item.id(), item);
            }
        }
        return byId;
    }

    /** The IRT difficulty a difficulty label stands for until the item is calibrated. */
    static double labelDifficulty(String label) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "EASY" -> -1.0;
            case "HARD" -> 1.0;
            default -> 0.0;
        };
    }
}
