package org.vidya.mastery.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.Recommendation;
import org.vidya.mastery.Recommendation.Kind;
import org.vidya.mastery.WeakSpot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vidya.mastery.plan.PlanFixtures.*;

class RecommenderTests {

    final Recommender recommender = new Recommender(0.8, 0.7, 0.9);

    @Test
    void aWeakSpotIsWorthOneMinusMasteryTimesExamWeight() {
        ConceptGraph graph = new ConceptGraph(List.of(concept("optics", 1, 0.2)), List.of());

        Recommendation only = recommender.recommend(graph, states(known("optics", 0.3, 8)), List.of(), 10).get(0);

        assertThat(only.kind()).isEqualTo(Kind.WEAK_SPOT);
        assertThat(only.priority()).isCloseTo(0.7 * 0.2, within(1e-9));
        assertThat(only.reason()).isEqualTo("mastery.recommendation.weak");
        assertThat(only.arguments()).containsExactly(30, 20);
    }

    @Test
    void aDueReviewsPriorityIsHalfItsWeightWhenJustDueAndGrowsWhileOverdue() {
        ConceptGraph graph = new ConceptGraph(List.of(concept("optics", 1, 0.2)), List.of());
        var knowledge = states(known("optics", 0.9, 8));

        double justDue = recommender.recommend(graph, knowledge, List.of(due("optics", 0.9)), 1).get(0).priority();
        double overdue = recommender.recommend(graph, knowledge, List.of(due("optics", 0.85)), 1).get(0).priority();
        double longOverdue = recommender.recommend(graph, knowledge, List.of(due("optics", 0.4)), 1).get(0).priority();

        assertThat(justDue).isCloseTo(0.1, within(1e-9));
        assertThat(overdue).isGreaterThan(justDue);
        assertThat(longOverdue).isCloseTo(0.2, within(1e-9));
        assertThat(recommender.recommend(graph, knowledge, List.of(due("optics", 0.85)), 1).get(0).arguments())
                .containsExactly(85);
    }

    @Test
    void recommendationsOfEveryKindAreOrderedByPriority() {
        // a due review of a heavy topic, a weak spot and a frontier topic that unlocks a heavy one
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("mechanics", 1, 0.3), concept("waves", 1, 0.1), concept("units", 1, 0.02),
                        concept("vectors", 1, 0.05), concept("dynamics", 2, 0.3)),
                List.of(hard("dynamics", "vectors")));
        var knowledge = states(known("mechanics", 0.85, 10), known("waves", 0.5, 10));

        List<Recommendation> recommendations = recommender.recommend(graph, knowledge,
                List.of(due("mechanics", 0.88)), 10);

        // mechanics: 0.3 × 0.12/0.2 = 0.18; vectors: ½ (0.05 + 0.3) = 0.175; waves: 0.5 × 0.1 = 0.05;
        // units: ½ × 0.02 = 0.01; dynamics is hidden behind vectors
        assertThat(recommendations).extracting(Recommendation::concept)
                .containsExactly("mechanics", "vectors", "waves", "units");
        assertThat(recommendations).extracting(Recommendation::kind)
                .containsExactly(Kind.DUE_REVIEW, Kind.FRONTIER, Kind.WEAK_SPOT, Kind.FRONTIER);
        assertThat(recommendations).extracting(Recommendation::priority).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void aConceptAppearsOnceWithItsStrongestReason() {
        ConceptGraph graph = new ConceptGraph(List.of(concept("optics", 1, 0.2)), List.of());

        // weak spot: 0.8 × 0.2 = 0.16; just-due review: 0.1
        List<Recommendation> weakWins = recommender.recommend(graph, states(known("optics", 0.2, 8)),
                List.of(due("optics", 0.9)), 10);
        // weak spot: 0.25 × 0.2 = 0.05; overdue review: 0.2
        List<Recommendation> dueWins = recommender.recommend(graph, states(known("optics", 0.75, 8)),
                List.of(due("optics", 0.5)), 10);

        assertThat(weakWins).singleElement().extracting(Recommendation::kind).isEqualTo(Kind.WEAK_SPOT);
        assertThat(dueWins).singleElement().extracting(Recommendation::kind).isEqualTo(Kind.DUE_REVIEW);
    }

    @Test
    void frontierFavoursConceptsThatUnlockMoreAndCarryMoreWeight() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("a", 1, 0.05), concept("b", 1, 0.05), concept("c", 1, 0.1), concept("x", 2, 0.1),
                        concept("y", 2, 0.1)),
                List.of(hard("x", "a"), hard("y", "a")));

        List<Recommendation> recommendations = recommender.recommend(graph, Map.of(), List.of(), 10);

        // a: ½ (0.05 + 0.1 + 0.1) = 0.125 and unlocks two; c: ½ × 0.1 = 0.05; b: 0.025
        assertThat(recommendations).extracting(Recommendation::concept).containsExactly("a", "c", "b");
        assertThat(recommendations.get(0).reason()).isEqualTo("mastery.recommendation.start");
        assertThat(recommendations.get(0).arguments()).containsExactly(2);
    }

    @Test
    void aFrontierConceptNamesTheMasteredPrerequisitesAndWhatItUnlocks() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("vectors", 1, 0.05), concept("kinematics", 2, 0.1), concept("projectile", 3, 0.1)),
                List.of(hard("kinematics", "vectors"), hard("projectile", "kinematics")));

        List<Recommendation> recommendations = recommender.recommend(graph, states(known("vectors", 0.9, 12)),
                List.of(), 10);

        assertThat(recommendations).singleElement().satisfies(r -> {
            assertThat(r.concept()).isEqualTo("kinematics");
            assertThat(r.kind()).isEqualTo(Kind.FRONTIER);
            assertThat(r.reason()).isEqualTo("mastery.recommendation.frontier");
            assertThat(r.arguments()).containsExactly("Name of vectors", 1);
        });
    }

    @Test
    void anUnmetSoftPrerequisiteHalvesAFrontierConceptsPriority() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("calculus", 1, 0.0), concept("kinematics", 2, 0.2)),
                List.of(soft("kinematics", "calculus")));

        double unmet = priorityOf("kinematics", recommender.recommend(graph, Map.of(), List.of(), 10));
        double met = priorityOf("kinematics",
                recommender.recommend(graph, states(known("calculus", 0.9, 10)), List.of(), 10));

        assertThat(met).isCloseTo(0.1, within(1e-9));
        assertThat(unmet).isCloseTo(0.05, within(1e-9));
    }

    @Test
    void hiddenAndMasteredConceptsAreNotRecommendedButTheirReviewsAre() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("vectors", 1, 0.05), concept("kinematics", 2, 0.1), concept("optics", 1, 0.1)),
                List.of(hard("kinematics", "vectors")));
        // vectors has slipped below the reveal threshold, so kinematics is hidden again although weak
        var knowledge = states(known("vectors", 0.6, 10), known("kinematics", 0.3, 10), known("optics", 0.95, 10));

        List<Recommendation> recommendations = recommender.recommend(graph, knowledge, List.of(due("optics", 0.8)),
                10);

        assertThat(recommendations).extracting(Recommendation::concept).containsExactly("optics", "vectors");
        assertThat(recommendations.get(0).kind()).isEqualTo(Kind.DUE_REVIEW);
    }

    @Test
    void aConceptWithLittleEvidenceIsStillAFrontierAndOneWithEnoughIsWeak() {
        ConceptGraph graph = new ConceptGraph(List.of(concept("optics", 1, 0.2)), List.of());

        assertThat(recommender.recommend(graph, states(known("optics", 0.3, Recommender.LITTLE_EVIDENCE - 1)),
                List.of(), 1).get(0).kind()).isEqualTo(Kind.FRONTIER);
        assertThat(recommender.recommend(graph, states(known("optics", 0.3, Recommender.LITTLE_EVIDENCE)),
                List.of(), 1).get(0).kind()).isEqualTo(Kind.WEAK_SPOT);
    }

    @Test
    void theLimitCutsTheList() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("a", 1, 0.1), concept("b", 1, 0.2), concept("c", 1, 0.3)), List.of());

        assertThat(recommender.recommend(graph, Map.of(), List.of(), 2)).extracting(Recommendation::concept)
                .containsExactly("c", "b");
    }

    @Test
    void dueReviewsOfConceptsOutsideTheGraphAreLeftOut() {
        ConceptGraph graph = new ConceptGraph(List.of(concept("a", 1, 0.1)), List.of());

        assertThat(recommender.recommend(graph, Map.of(), List.of(due("gone", 0.5)), 10))
                .extracting(Recommendation::concept).containsExactly("a");
    }

    @Test
    void weakSpotsAreConceptsWithEvidenceBelowMasteredByMarksLost() {
        ConceptGraph graph = new ConceptGraph(
                List.of(concept("a", 1, 0.1), concept("b", 1, 0.3), concept("c", 1, 0.2), concept("d", 1, 0.4)),
                List.of());
        var knowledge = states(known("a", 0.2, 5), known("b", 0.6, 5), known("c", 0.9, 5));

        List<WeakSpot> spots = recommender.weakSpots(graph, knowledge, 10);

        // b: 0.4 × 0.3 = 0.12, a: 0.8 × 0.1 = 0.08; c is mastered, d has no evidence
        assertThat(spots).extracting(s -> s.concept().key()).containsExactly("b", "a");
        assertThat(spots.get(0).score()).isCloseTo(0.12, within(1e-9));
        assertThat(spots.get(0).knowledge().mastery()).isEqualTo(0.6);
        assertThat(recommender.weakSpots(graph, knowledge, 1)).hasSize(1);
    }

    private static DueReview due(String concept, double recall) {
        return new DueReview(concept, 0.9, NOW.minusSeconds(3600), recall);
    }

    private static double priorityOf(String concept, List<Recommendation> recommendations) {
        return recommendations.stream().filter(r -> r.concept().equals(concept)).findFirst().orElseThrow().priority();
    }
}
