package org.vidya.mastery.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.mastery.Recommendation;
import org.vidya.mastery.Recommendation.Kind;
import org.vidya.mastery.WeakSpot;

/**
 * Next best concepts and weak spots. Every kind of recommendation is scored on one scale, the
 * share of exam marks at stake: {@code priority = exam weight × urgency} (docs/mastery-planning.md):
 * <ul>
 * <li>DUE_REVIEW: urgency {@code min(1, (1 − recall) / (2 (1 − target retention)))}, one half the
 * moment recall reaches the target and growing while the review is overdue, so that a just-due
 * review ranks like a weak spot at mastery 0.5 and a long-overdue one like a topic not known at all;</li>
 * <li>WEAK_SPOT: urgency {@code 1 − mastery}, for revealed concepts with evidence below the mastered
 * threshold;</li>
 * <li>FRONTIER: {@code ½ (1 − mastery) (w + Σ edge weight × w of each dependent)}, halved again while
 * a SOFT prerequisite is unmet: a new topic is worth its own marks and those of what it opens, at
 * half the rate of fixing known material because learning it from nothing takes longer.</li>
 * </ul>
 * A concept appears once, with its highest-priority reason.
 */
final class Recommender {

    /** Answers below which a revealed concept still counts as not started (a frontier). */
    static final int LITTLE_EVIDENCE = 3;
    /** Prerequisite names a frontier reason mentions. */
    private static final int NAMED_PREREQUISITES = 3;

    private final double mastered;
    private final double targetRetention;
    private final ConceptReveal reveal;

    Recommender(double masteredThreshold, double revealThreshold, double targetRetention) {
        this.mastered = masteredThreshold;
        this.targetRetention = targetRetention;
        this.reveal = new ConceptReveal(revealThreshold);
    }

    List<Recommendation> recommend(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge, List<DueReview> due,
            int limit) {
        Map<String, Recommendation> best = new HashMap<>();
        for (DueReview review : due) {
            graph.concept(review.concept()).ifPresent(concept -> keep(best, dueReview(concept, review)));
        }
        for (Concept concept : graph.topologicalOrder()) {
            if (!reveal.blockers(graph, knowledge, concept.key()).isEmpty()) {
                continue;
            }
            ConceptKnowledge known = knowledge.get(concept.key());
            if (known != null && known.mastery() >= mastered) {
                continue;
            }
            if (known == null || known.attempts() < LITTLE_EVIDENCE) {
                keep(best, frontier(graph, knowledge, concept, known));
            } else {
                keep(best, weak(concept, known));
            }
        }
        return best.values().stream().sorted(ORDER).limit(limit).toList();
    }

    /** Revealed or not, concepts with evidence below the mastered threshold, by marks lost: (1 − mastery) × exam weight. */
    List<WeakSpot> weakSpots(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge, int limit) {
        List<WeakSpot> spots = new ArrayList<>();
        for (ConceptKnowledge known : knowledge.values()) {
            if (known.mastery() >= mastered) {
                continue;
            }
            graph.concept(known.concept()).ifPresent(concept -> spots.add(
                    new WeakSpot(concept, known, (1 - known.mastery()) * concept.examWeight())));
        }
        return spots.stream().sorted(Comparator.comparingDouble(WeakSpot::score).reversed()
                .thenComparing(spot -> spot.concept().key())).limit(limit).toList();
    }

    private Recommendation dueReview(Concept concept, DueReview review) {
        double urgency = Math.min(1, Math.max(0, 1 - review.recall()) / (2 * (1 - targetRetention)));
        return new Recommendation(concept.key(), concept.name(), Kind.DUE_REVIEW, concept.examWeight() * urgency,
                "mastery.recommendation.due", List.of(percent(review.recall())));
    }

    private static Recommendation weak(Concept concept, ConceptKnowledge known) {
        return new Recommendation(concept.key(), concept.name(), Kind.WEAK_SPOT,
                (1 - known.mastery()) * concept.examWeight(), "mastery.recommendation.weak",
                List.of(percent(known.mastery()), percent(concept.examWeight())));
    }

    private Recommendation frontier(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge, Concept concept,
            @Nullable ConceptKnowledge known) {
        double value = concept.examWeight();
        int unlocks = 0;
        for (Prerequisite edge : graph.dependentsOf(concept.key())) {
            value += edge.weight() * graph.concept(edge.concept()).map(Concept::examWeight).orElse(0.0);
            if (edge.kind() == PrerequisiteKind.HARD) {
                unlocks++;
            }
        }
        boolean softMet = true;
        List<String> met = new ArrayList<>();
        for (Prerequisite edge : graph.prerequisitesOf(concept.key())) {
            if (reveal.met(knowledge, edge.prerequisite())) {
                graph.concept(edge.prerequisite()).ifPresent(p -> met.add(p.name()));
            } else if (edge.kind() == PrerequisiteKind.SOFT) {
                softMet = false;
            }
        }
        double mastery = known == null ? 0 : known.mastery();
        double priority = 0.5 * (1 - mastery) * value * (softMet ? 1 : 0.5);
        if (met.isEmpty()) {
            return new Recommendation(concept.key(), concept.name(), Kind.FRONTIER, priority,
                    "mastery.recommendation.start", List.of(unlocks));
        }
        String names = String.join(", ", met.subList(0, Math.min(NAMED_PREREQUISITES, met.size())));
        return new Recommendation(concept.key(), concept.name(), Kind.FRONTIER, priority,
                "mastery.recommendation.frontier", List.of(names, unlocks));
    }

    private static void keep(Map<String, Recommendation> best, Recommendation candidate) {
        best.merge(candidate.concept(), candidate, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }

    /** Highest priority first; on a tie, reviews before weak spots before new topics, then by key. */
    private static final Comparator<Recommendation> ORDER = Comparator
            .comparingDouble(Recommendation::priority).reversed()
            .thenComparing(Recommendation::kind)
            .thenComparing(Recommendation::concept);

    static int percent(double fraction) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, fraction)));
    }
}
