package org.vidya.mastery.plan;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;

/** Small graphs and knowledge states for the planning rules' tests. */
final class PlanFixtures {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private PlanFixtures() {
    }

    static Concept concept(String key, int layer, double examWeight) {
        return concept(key, "physics", layer, examWeight);
    }

    static Concept concept(String key, String subject, int layer, double examWeight) {
        return new Concept(key, "Name of " + key, subject, layer, null, 3, examWeight, null, false);
    }

    static Prerequisite hard(String concept, String prerequisite) {
        return new Prerequisite(concept, prerequisite, 1.0, PrerequisiteKind.HARD, 0.3);
    }

    static Prerequisite soft(String concept, String prerequisite) {
        return new Prerequisite(concept, prerequisite, 0.5, PrerequisiteKind.SOFT, 0.2);
    }

    static ConceptKnowledge known(String concept, double mastery, int attempts) {
        return known(concept, mastery, attempts, 0.8);
    }

    static ConceptKnowledge known(String concept, double mastery, int attempts, double confidence) {
        return new ConceptKnowledge(concept, mastery, attempts, (int) Math.round(mastery * attempts), NOW, 5.0, 5.0,
                NOW.plusSeconds(86_400), confidence);
    }

    static Map<String, ConceptKnowledge> states(ConceptKnowledge... known) {
        Map<String, ConceptKnowledge> map = new LinkedHashMap<>();
        Arrays.stream(known).forEach(k -> map.put(k.concept(), k));
        return map;
    }
}
