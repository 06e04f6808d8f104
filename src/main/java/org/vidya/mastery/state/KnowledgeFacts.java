package org.vidya.mastery.state;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.model.MemoryModel;
import org.vidya.mastery.model.MemoryState;

/**
 * The evidence behind a concept's mastery, as facts the learner can check ("7 of 9 right", "last
 * practised 3 days ago", "recall now 0.71", "prerequisite Vectors at 0.80"), beside the model's
 * own reasons. Facts carry no effect of their own (0): the model's reasons say how much each
 * factor moved the estimate. Keys are {@code mastery.reason.evidence.*}.
 */
final class KnowledgeFacts {

    static final String PREFIX = "mastery.reason.evidence.";

    private KnowledgeFacts() {
    }

    static List<Explanation.Reason> of(KnowledgeRecord record, ConceptGraph graph,
            Map<String, KnowledgeRecord> neighbours, MemoryModel memory, Instant now) {
        List<Explanation.Reason> facts = new ArrayList<>();
        if (record.attempts() > 0) {
            facts.add(fact("answers", record.correct(), record.attempts()));
        } else if (record.prior() == null) {
            facts.add(fact("carried-only"));
        }
        if (record.prior() != null) {
            facts.add(fact("prior", round(record.prior())));
        }
        if (record.lastPractice() != null) {
            long days = Math.max(0, Duration.between(record.lastPractice(), now).toDays());
            facts.add(fact("last-practice", days));
        }
        MemoryState state = record.memory();
        if (state != null) {
            facts.add(fact("recall", round(memory.recall(state, now.getEpochSecond()))));
        }
        if (record.nextReview() != null) {
            LocalDate date = LocalDate.ofInstant(record.nextReview(), ZoneOffset.UTC);
            facts.add(fact(record.nextReview().isAfter(now) ? "next-review" : "review-due", date.toString()));
        }
        for (Prerequisite edge : graph.prerequisitesOf(record.concept())) {
            KnowledgeRecord prerequisite = neighbours.get(edge.prerequisite());
            if (prerequisite != null) {
                facts.add(fact("prerequisite", name(graph, edge.prerequisite()), round(prerequisite.mastery())));
            }
        }
        for (Prerequisite edge : graph.dependentsOf(record.concept())) {
            KnowledgeRecord dependent = neighbours.get(edge.concept());
            if (dependent != null && dependent.correct() > 0 && edge.transfer() > 0) {
                facts.add(fact("transfer", name(graph, edge.concept()), dependent.correct(), round(edge.transfer())));
            }
        }
        return facts;
    }

    private static String name(ConceptGraph graph, String key) {
        return graph.concept(key).map(Concept::name).orElse(key);
    }

    private static Explanation.Reason fact(String code, Object... arguments) {
        return new Explanation.Reason(PREFIX + code, List.of(arguments), 0.0);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
