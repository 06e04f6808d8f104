package org.vidya.mastery.weekly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;

/**
 * Which concepts a weekly test covers, by priority. Due reviews come first (the lower their
 * recall, the higher), then weak spots (low mastery times exam weight, as seed 004 defines them),
 * then, when these are few, the frontier (no evidence yet, every HARD prerequisite mastered to the
 * reveal threshold) and at last any concept of the graph without HARD prerequisites, so that a
 * newcomer still gets a test. Pure: the caller reads the state and the graph.
 */
final class WeeklyConcepts {

    /** Due reviews outrank weak spots, which outrank the frontier, which outranks the fill. */
    static final double DUE_BASE = 3.0;
    static final double WEAK_BASE = 2.0;
    static final double FRONTIER_BASE = 1.0;
    static final double FILL_BASE = 0.5;

    private final int maxConcepts;
    private final int enough;
    private final double revealThreshold;
    private final double masteredThreshold;

    /**
     * @param maxConcepts the most concepts one test spreads over
     * @param enough      with fewer due and weak concepts than this, the frontier fills in
     */
    WeeklyConcepts(int maxConcepts, int enough, double revealThreshold, double masteredThreshold) {
        this.maxConcepts = maxConcepts;
        this.enough = enough;
        this.revealThreshold = revealThreshold;
        this.masteredThreshold = masteredThreshold;
    }

    List<ConceptPriority> choose(ConceptGraph graph, List<DueReview> due, List<ConceptKnowledge> knowledge) {
        Map<String, ConceptPriority> chosen = new LinkedHashMap<>();
        for (DueReview review : due) {
            if (graph.contains(review.concept()) || graph.size() == 0) {
                double recall = clamp(review.recall());
                chosen.putIfAbsent(review.concept(), new ConceptPriority(review.concept(),
                        DUE_BASE + (1 - recall), ConceptPriority.Reason.DUE));
            }
        }
        double maxWeight = graph.topologicalOrder().stream().mapToDouble(Concept::examWeight).max().orElse(0);
        Map<String, ConceptKnowledge> byConcept = new HashMap<>();
        knowledge.forEach(k -> byConcept.put(k.concept(), k));
        List<ConceptPriority> weak = new ArrayList<>();
        for (ConceptKnowledge k : knowledge) {
            if (chosen.containsKey(k.concept()) || k.mastery() >= masteredThreshold) {
                continue;
            }
            double weight = graph.concept(k.concept()).map(Concept::examWeight).orElse(0.0);
            // Without exam weights every concept counts the same.
            double share = maxWeight > 0 ? weight / maxWeight : 1.0;
            double score = (1 - clamp(k.mastery())) * share;
            if (score > 0) {
                weak.add(new ConceptPriority(k.concept(), WEAK_BASE + score, ConceptPriority.Reason.WEAK));
            }
        }
        weak.sort(BY_PRIORITY);
        weak.forEach(p -> chosen.putIfAbsent(p.concept(), p));
        if (chosen.size() < enough) {
            List<ConceptPriority> more = new ArrayList<>();
            for (Concept concept : graph.topologicalOrder()) {
                if (chosen.containsKey(concept.key()) || byConcept.containsKey(concept.key())) {
                    continue;
                }
                List<Prerequisite> hard = graph.prerequisitesOf(concept.key()).stream()
                        .filter(p -> p.kind() == PrerequisiteKind.HARD).toList();
                double share = maxWeight > 0 ? concept.examWeight() / maxWeight : 0.5;
                if (hard.isEmpty()) {
                    more.add(new ConceptPriority(concept.key(), FILL_BASE + 0.5 * share / (1 + concept.layer()),
                            ConceptPriority.Reason.FILL));
                } else if (hard.stream().allMatch(p -> byConcept.containsKey(p.prerequisite())
                        && byConcept.get(p.prerequisite()).mastery() >= revealThreshold)) {
                    more.add(new ConceptPriority(concept.key(), FRONTIER_BASE + 0.5 * share,
                            ConceptPriority.Reason.FRONTIER));
                }
            }
            more.sort(BY_PRIORITY);
            for (ConceptPriority p : more) {
                if (chosen.size() >= Math.max(enough, 1)) {
                    break;
                }
                chosen.putIfAbsent(p.concept(), p);
            }
        }
        return chosen.values().stream().sorted(BY_PRIORITY).limit(maxConcepts).toList();
    }

    static final Comparator<ConceptPriority> BY_PRIORITY = Comparator.comparingDouble(ConceptPriority::priority)
            .reversed().thenComparing(ConceptPriority::concept);

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
