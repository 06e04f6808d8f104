package org.vidya.mastery.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.mastery.VisibleConcept;

/**
 * Seed 004's layer 4: a concept is revealed once every HARD prerequisite has mastery at or above
 * the reveal threshold. A prerequisite without evidence counts as not mastered; a concept without
 * HARD prerequisites is always revealed. SOFT prerequisites never gate.
 */
final class ConceptReveal {

    private final double threshold;

    ConceptReveal(double threshold) {
        this.threshold = threshold;
    }

    /** Every concept of the graph in topological order, with whether it is revealed and what blocks it. */
    List<VisibleConcept> of(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge) {
        List<VisibleConcept> concepts = new ArrayList<>(graph.size());
        for (Concept concept : graph.topologicalOrder()) {
            List<String> blockedBy = blockers(graph, knowledge, concept.key());
            concepts.add(new VisibleConcept(concept, blockedBy.isEmpty(), knowledge.get(concept.key()), blockedBy));
        }
        return concepts;
    }

    /** The HARD prerequisites of the concept still below the threshold, in the graph's edge order. */
    List<String> blockers(ConceptGraph graph, Map<String, ConceptKnowledge> knowledge, String concept) {
        List<String> blockedBy = new ArrayList<>();
        for (Prerequisite edge : graph.prerequisitesOf(concept)) {
            if (edge.kind() == PrerequisiteKind.HARD && !met(knowledge, edge.prerequisite())) {
                blockedBy.add(edge.prerequisite());
            }
        }
        return blockedBy;
    }

    /** Whether the concept's mastery reaches the threshold; no evidence is not mastered. */
    boolean met(Map<String, ConceptKnowledge> knowledge, String concept) {
        ConceptKnowledge known = knowledge.get(concept);
        return known != null && known.mastery() >= threshold;
    }
}
