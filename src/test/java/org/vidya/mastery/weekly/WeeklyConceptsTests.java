package org.vidya.mastery.weekly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;

/** Which concepts a weekly test covers: due first, then weak spots by exam weight, the frontier when few. */
class WeeklyConceptsTests {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    static Concept concept(String key, int layer, double weight) {
        return new Concept(key, key, "physics", layer, null, 3, weight, null, true);
    }

    static ConceptKnowledge knows(String concept, double mastery) {
        return new ConceptKnowledge(concept, mastery, 5, 3, NOW, 3, 5, NOW, 0.5);
    }

    static final ConceptGraph GRAPH = new ConceptGraph(List.of(concept("vectors", 1, 0.05),
            concept("kinematics", 2, 0.10), concept("projectile", 3, 0.08), concept("forces", 2, 0.20),
            concept("friction", 3, 0.02), concept("energy", 1, 0.01)),
            List.of(new Prerequisite("kinematics", "vectors", 1, PrerequisiteKind.HARD, 0.5),
                    new Prerequisite("projectile", "kinematics", 1, PrerequisiteKind.HARD, 0.5),
                    new Prerequisite("forces", "vectors", 0.5, PrerequisiteKind.SOFT, 0.3),
                    new Prerequisite("friction", "forces", 1, PrerequisiteKind.HARD, 0.5)));

    WeeklyConcepts rules(int enough) {
        return new WeeklyConcepts(10, enough, 0.7, 0.8);
    }

    @Test
    void dueReviewsComeFirstLowestRecallFirstThenWeakSpotsByExamWeight() {
        List<ConceptPriority> chosen = rules(1).choose(GRAPH,
                List.of(new DueReview("vectors", 0.7, NOW, 0.85), new DueReview("energy", 0.6, NOW, 0.5)),
                List.of(knows("vectors", 0.7), knows("energy", 0.6), knows("kinematics", 0.4), knows("forces", 0.5),
                        knows("projectile", 0.95)));
        assertThat(chosen).extracting(ConceptPriority::concept).containsExactly("energy", "vectors", "forces",
                "kinematics");
        assertThat(chosen).extracting(ConceptPriority::reason).containsExactly(ConceptPriority.Reason.DUE,
                ConceptPriority.Reason.DUE, ConceptPriority.Reason.WEAK, ConceptPriority.Reason.WEAK);
    }

    @Test
    void aMasteredConceptIsNoWeakSpot() {
        List<ConceptPriority> chosen = rules(0).choose(GRAPH, List.of(), List.of(knows("forces", 0.9)));
        assertThat(chosen).isEmpty();
    }

    @Test
    void withFewConceptsTheFrontierAndThenTheFoundationsFillIn() {
        // kinematics is revealed (vectors mastered above 0.7), friction is not (forces below).
        List<ConceptPriority> chosen = rules(5).choose(GRAPH, List.of(),
                List.of(knows("vectors", 0.9), knows("forces", 0.5)));
        assertThat(chosen).extracting(ConceptPriority::concept).containsExactly("forces", "kinematics", "energy");
        assertThat(chosen).extracting(ConceptPriority::reason).containsExactly(ConceptPriority.Reason.WEAK,
                ConceptPriority.Reason.FRONTIER, ConceptPriority.Reason.FILL);
        assertThat(chosen).extracting(ConceptPriority::concept).doesNotContain("friction", "projectile");
    }

    @Test
    void aNewcomerGetsTheConceptsWithoutHardPrerequisites() {
        assertThat(rules(5).choose(GRAPH, List.of(), List.of())).extracting(ConceptPriority::concept)
                .containsExactlyInAnyOrder("vectors", "forces", "energy");
    }

    @Test
    void noGraphAndNoEvidenceMeansNoConcepts() {
        assertThat(rules(5).choose(ConceptGraph.empty(), List.of(), List.of())).isEmpty();
    }
}
