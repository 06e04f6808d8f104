package org.vidya.mastery.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.VisibleConcept;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.mastery.plan.PlanFixtures.*;

class ConceptRevealTests {

    // vectors and units are foundations; kinematics needs both (HARD), projectile needs kinematics
    // (HARD) and calculus (SOFT)
    final ConceptGraph graph = new ConceptGraph(
            List.of(concept("vectors", 1, 0.05), concept("units", 1, 0.02), concept("calculus", 1, 0.1),
                    concept("kinematics", 2, 0.1), concept("projectile", 3, 0.08)),
            List.of(hard("kinematics", "vectors"), hard("kinematics", "units"), hard("projectile", "kinematics"),
                    soft("projectile", "calculus")));
    final ConceptReveal reveal = new ConceptReveal(0.7);

    @Test
    void conceptsWithoutHardPrerequisitesAreAlwaysVisible() {
        List<VisibleConcept> concepts = reveal.of(graph, Map.of());

        assertThat(concepts).filteredOn(VisibleConcept::visible).extracting(c -> c.concept().key())
                .containsExactlyInAnyOrder("vectors", "units", "calculus");
    }

    @Test
    void aConceptIsRevealedOnceEveryHardPrerequisiteReachesTheThreshold() {
        assertThat(visible("kinematics", reveal.of(graph, states(known("vectors", 0.7, 5), known("units", 0.69, 5)))))
                .isFalse();
        assertThat(visible("kinematics", reveal.of(graph, states(known("vectors", 0.7, 5), known("units", 0.7, 5)))))
                .isTrue();
    }

    @Test
    void aPrerequisiteWithoutEvidenceCountsAsNotMastered() {
        VisibleConcept kinematics = find("kinematics", reveal.of(graph, states(known("vectors", 0.95, 9))));

        assertThat(kinematics.visible()).isFalse();
        assertThat(kinematics.blockedBy()).containsExactly("units");
    }

    @Test
    void blockedByListsOnlyHardPrerequisitesBelowTheThreshold() {
        List<VisibleConcept> concepts = reveal.of(graph, states(known("vectors", 0.2, 5), known("units", 0.1, 5),
                known("kinematics", 0.3, 5)));

        assertThat(find("kinematics", concepts).blockedBy()).containsExactly("vectors", "units");
        // calculus is a SOFT prerequisite of projectile: it never blocks
        assertThat(find("projectile", concepts).blockedBy()).containsExactly("kinematics");
    }

    @Test
    void aSoftPrerequisiteNeverGates() {
        List<VisibleConcept> concepts = reveal.of(graph, states(known("kinematics", 0.75, 5)));

        assertThat(visible("projectile", concepts)).isTrue();
        assertThat(find("projectile", concepts).knowledge()).isNull();
        assertThat(find("kinematics", concepts).knowledge()).isNotNull();
    }

    @Test
    void everyConceptIsListedPrerequisitesFirst() {
        assertThat(reveal.of(graph, Map.of())).extracting(c -> c.concept().key())
                .containsExactlyElementsOf(graph.topologicalOrder().stream().map(c -> c.key()).toList());
    }

    private static boolean visible(String key, List<VisibleConcept> concepts) {
        return find(key, concepts).visible();
    }

    private static VisibleConcept find(String key, List<VisibleConcept> concepts) {
        return concepts.stream().filter(c -> c.concept().key().equals(key)).findFirst().orElseThrow();
    }
}
