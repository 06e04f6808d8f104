package org.vidya.mastery.state;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.MasteryChanged;
import org.vidya.mastery.Observation;
import org.vidya.mastery.model.ConceptTrace;
import org.vidya.mastery.model.ItemParams;
import org.vidya.mastery.model.KnowledgeModel;
import org.vidya.mastery.model.MemoryModel;
import org.vidya.mastery.model.MemoryState;

/**
 * Applies one batch of answers (a graded attempt, one practice submission) to a learner's records
 * in memory: each answer goes through the knowledge model for every concept it speaks to
 * ({@link Evidence}), then each directly practised concept takes one memory review (the batch's
 * answers on it folded into their weighted mean outcome) and its next review at the target
 * retention. The caller loads the records the batch touches and saves them; the same code
 * replays the log when a learner is rebuilt.
 */
final class KnowledgeUpdate {

    /** Creates the record of a concept the learner has no evidence on yet. */
    interface NewRecords {
        KnowledgeRecord create(String concept);
    }

    /** Hears of each answer as it is applied, with the learner's ability just before it (for the log). */
    interface Answers {
        void applied(Observation observation, double thetaBefore);
    }

    private final KnowledgeModel model;
    private final MemoryModel memory;
    private final double retention;

    KnowledgeUpdate(KnowledgeModel model, MemoryModel memory, double retention) {
        this.model = model;
        this.memory = memory;
        this.retention = retention;
    }

    /** Every concept a batch touches, so that the caller loads them in one query. */
    static Set<String> concepts(List<Observation> batch, ConceptGraph graph) {
        Set<String> concepts = new LinkedHashSet<>();
        batch.forEach(o -> Evidence.of(o, graph).forEach(t -> concepts.add(t.concept())));
        return concepts;
    }

    /**
     * Applies the batch. {@code records} holds the learner's records of the touched concepts (new
     * ones are added to it); the learner's trace and ability move with each answer. Returns each
     * touched concept's mastery before and after.
     */
    List<MasteryChanged.Change> apply(LearnerRecord learner, Map<String, KnowledgeRecord> records,
            NewRecords newRecords, List<Observation> batch, EvidenceSource source, ConceptGraph graph,
            Instant now, Answers answers) {
        Map<String, Double> before = new LinkedHashMap<>();
        Map<String, double[]> reviews = new LinkedHashMap<>();
        // Memory as it was before this batch: counting the batch's answers moves the last practice.
        Map<String, MemoryState> memories = new HashMap<>();
        Instant last = null;
        List<Observation> ordered = batch.stream().sorted(Comparator.comparing(Observation::at)).toList();
        for (Observation observation : ordered) {
            double outcome = Evidence.outcome(observation);
            ItemParams item = params(observation);
            long at = observation.at().getEpochSecond();
            answers.applied(observation, learner.theta());
            // The diagnostic sets ability itself (seedFromDiagnostic); its answers would count twice.
            if (source != EvidenceSource.DIAGNOSTIC) {
                learner.observeAbility(item.difficulty(), item.discrimination(), outcome);
            }
            for (Evidence.Target target : Evidence.of(observation, graph)) {
                KnowledgeRecord record = records.get(target.concept());
                if (record == null) {
                    record = newRecords.create(target.concept());
                    records.put(target.concept(), record);
                    before.put(target.concept(), model.mastery(learner.trace(), record.trace(), at));
                } else if (!before.containsKey(target.concept())) {
                    before.put(target.concept(), record.mastery());
                    memories.put(target.concept(), record.memory());
                }
                KnowledgeModel.Step step = model.observe(learner.trace(), record.trace(), item, at, outcome,
                        target.weight());
                learner.trace(step.learner());
                record.trace(step.concept());
                if (target.direct()) {
                    record.countAnswer(outcome, observation.at());
                    double[] sum = reviews.computeIfAbsent(target.concept(), k -> new double[2]);
                    sum[0] += target.weight() * outcome;
                    sum[1] += target.weight();
                }
            }
            last = observation.at();
        }
        if (last == null) {
            return List.of();
        }
        long at = last.getEpochSecond();
        reviews.forEach((concept, sum) -> {
            KnowledgeRecord record = records.get(concept);
            double outcome = sum[0] / sum[1];
            MemoryState previous = memories.get(concept);
            MemoryState next = previous == null ? memory.first(outcome, at) : memory.review(previous, outcome, at);
            record.remember(next, Instant.ofEpochSecond(memory.nextReview(next, retention)));
        });
        List<MasteryChanged.Change> changes = new ArrayList<>();
        for (String concept : before.keySet()) {
            KnowledgeRecord record = records.get(concept);
            ConceptTrace trace = record.trace();
            record.estimate(model.mastery(learner.trace(), trace, at), model.confidence(trace), now);
            changes.add(new MasteryChanged.Change(concept, before.get(concept), record.mastery()));
        }
        learner.touch(now);
        return changes;
    }

    static ItemParams params(Observation observation) {
        double a = observation.discrimination() > 0 && Double.isFinite(observation.discrimination())
                ? observation.discrimination() : 1.0;
        double b = Double.isFinite(observation.difficulty()) ? observation.difficulty() : 0.0;
        return new ItemParams(b, a);
    }
}
