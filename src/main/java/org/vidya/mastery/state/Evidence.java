package org.vidya.mastery.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Observation;
import org.vidya.mastery.Prerequisite;

/**
 * Which concepts one answer speaks to, and how strongly. The item's primary concept weighs
 * {@link #PRIMARY}, each secondary concept {@link #SECONDARY}: both are direct evidence (they
 * count as attempts and schedule reviews). A right answer is also evidence for the direct
 * prerequisites of those concepts, weighted by the edge's transfer coefficient: solving a
 * projectile problem shows the vectors it needs. That carried evidence moves mastery only; it
 * neither counts as an attempt nor schedules a review.
 * <p>
 * A wrong answer is carried nowhere. It says little about a prerequisite (the learner may know
 * vectors and still miss the projectile), and a dependent concept without evidence is unknown,
 * not weak: pushing it down would put unstudied concepts among the weak spots. Evidence goes one
 * edge only, so an answer touches at most its concepts and their direct prerequisites: constant
 * work per answer whatever the size of the graph.
 */
final class Evidence {

    static final double PRIMARY = 1.0;
    static final double SECONDARY = 0.5;
    /** An answer carries to prerequisites when it earned at least this much of the item's credit. */
    static final double CARRIED_FROM = 0.5;

    /** One concept's share of an answer. */
    record Target(String concept, double weight, boolean direct) {
    }

    private Evidence() {
    }

    /** The concepts an answer speaks to; a concept reached twice keeps its strongest share, direct first. */
    static List<Target> of(Observation observation, ConceptGraph graph) {
        Map<String, Target> targets = new LinkedHashMap<>();
        if (observation.primaryConcept() != null) {
            targets.put(observation.primaryConcept(), new Target(observation.primaryConcept(), PRIMARY, true));
        }
        for (String secondary : observation.secondaryConcepts()) {
            targets.putIfAbsent(secondary, new Target(secondary, SECONDARY, true));
        }
        if (outcome(observation) >= CARRIED_FROM) {
            for (Target direct : List.copyOf(targets.values())) {
                for (Prerequisite edge : graph.prerequisitesOf(direct.concept())) {
                    double weight = direct.weight() * edge.transfer();
                    if (weight <= 0) {
                        continue;
                    }
                    Target known = targets.get(edge.prerequisite());
                    if (known == null || (!known.direct() && known.weight() < weight)) {
                        targets.put(edge.prerequisite(), new Target(edge.prerequisite(), weight, false));
                    }
                }
            }
        }
        return List.copyOf(targets.values());
    }

    /** The fraction of credit as evidence: negative marks count as nothing earned. */
    static double outcome(Observation observation) {
        return Math.clamp(observation.outcome(), 0.0, 1.0);
    }
}
