package org.vidya.mastery.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.organization.GroupMember;
import org.vidya.platform.UserId;

import static org.assertj.core.api.Assertions.assertThat;

/** The heatmap's rows, sorting and the class's weakest concepts, from plain values. */
class ClassMasteryHeatmapTests {

    static final Concept VECTORS = concept("physics.vectors", 0.02);
    static final Concept FRICTION = concept("physics.friction", 0.08);
    static final Concept PROJECTILE = concept("physics.projectile", 0.05);
    static final List<Concept> CONCEPTS = List.of(VECTORS, FRICTION, PROJECTILE);

    static final GroupMember ASHA = member("Asha");
    static final GroupMember BIRJU = member("Birju");
    static final GroupMember CHITRA = member("Chitra");
    static final GroupMember DEV = member("Dev");

    static Concept concept(String key, double weight) {
        return new Concept(key, key.substring(key.indexOf('.') + 1), "physics", 1, null, 2, weight, null, true);
    }

    static GroupMember member(String name) {
        return new GroupMember(new UserId(UUID.nameUUIDFromBytes(name.getBytes())), name);
    }

    static ConceptKnowledge knows(Concept concept, double mastery) {
        return new ConceptKnowledge(concept.key(), mastery, 4, 2, null, 3, 5, null, 0.5);
    }

    static Map<UserId, List<ConceptKnowledge>> knowledge() {
        return Map.of(
                ASHA.userId(), List.of(knows(VECTORS, 0.91), knows(FRICTION, 0.35), knows(PROJECTILE, 0.85)),
                BIRJU.userId(), List.of(knows(VECTORS, 0.55), knows(FRICTION, 0.20), knows(PROJECTILE, 0.40)),
                CHITRA.userId(), List.of(knows(VECTORS, 0.82), knows(FRICTION, 0.81)),
                DEV.userId(), List.of());
    }

    @Test
    void showsEachLearnersMasteryInPercentAndLeavesNoEvidenceEmpty() {
        ClassMasteryHeatmap map = ClassMasteryHeatmap.of(CONCEPTS, List.of(DEV, CHITRA, ASHA, BIRJU), knowledge(),
                0.8, null, false);
        assertThat(map.rows()).extracting(ClassMasteryHeatmap.Row::name).containsExactly("Asha", "Birju", "Chitra",
                "Dev");
        assertThat(map.rows().getFirst().cells()).extracting(ClassMasteryHeatmap.Cell::percent)
                .containsExactly(91, 35, 85);
        assertThat(map.rows().getFirst().cells()).extracting(ClassMasteryHeatmap.Cell::band)
                .containsExactly("4", "1", "4");
        assertThat(map.rows().get(3).cells()).extracting(ClassMasteryHeatmap.Cell::band)
                .containsOnly("none");
        assertThat(map.rows().get(3).cells()).extracting(ClassMasteryHeatmap.Cell::percent).containsOnlyNulls();
    }

    @Test
    void sortsLearnersByOneConceptWeakestFirstWithoutEvidenceLastEitherWay() {
        ClassMasteryHeatmap up = ClassMasteryHeatmap.of(CONCEPTS, List.of(ASHA, BIRJU, CHITRA, DEV), knowledge(), 0.8,
                PROJECTILE.key(), false);
        assertThat(up.rows()).extracting(ClassMasteryHeatmap.Row::name).containsExactly("Birju", "Asha", "Chitra",
                "Dev");
        assertThat(up.ariaSort(PROJECTILE.key())).isEqualTo("ascending");
        assertThat(up.ariaSort(VECTORS.key())).isEqualTo("none");
        assertThat(up.nextDescending(PROJECTILE.key())).isTrue();

        ClassMasteryHeatmap down = ClassMasteryHeatmap.of(CONCEPTS, List.of(ASHA, BIRJU, CHITRA, DEV), knowledge(),
                0.8, PROJECTILE.key(), true);
        assertThat(down.rows()).extracting(ClassMasteryHeatmap.Row::name).containsExactly("Asha", "Birju", "Chitra",
                "Dev");
        assertThat(down.ariaSort(PROJECTILE.key())).isEqualTo("descending");
    }

    @Test
    void anUnknownSortKeyFallsBackToNames() {
        ClassMasteryHeatmap map = ClassMasteryHeatmap.of(CONCEPTS, List.of(DEV, ASHA), knowledge(), 0.8,
                "physics.nothing", false);
        assertThat(map.sort()).isNull();
        assertThat(map.rows()).extracting(ClassMasteryHeatmap.Row::name).containsExactly("Asha", "Dev");
    }

    @Test
    void weakestConceptsAreThoseMostLearnersWithEvidenceAreBelowMasteredHeaviestFirst() {
        ClassMasteryHeatmap map = ClassMasteryHeatmap.of(CONCEPTS, List.of(ASHA, BIRJU, CHITRA, DEV), knowledge(),
                0.8, null, false);
        // Friction: 2 of 3 below (0.67 x 0.08); projectile: 1 of 2 below, not most; vectors: 1 of 3 below.
        assertThat(map.weakest()).extracting(w -> w.concept().key()).containsExactly(FRICTION.key());
        ClassMasteryHeatmap.WeakConcept friction = map.weakest().getFirst();
        assertThat(friction.below()).isEqualTo(2);
        assertThat(friction.withEvidence()).isEqualTo(3);
        assertThat(friction.share()).isEqualTo(67);

        // With a higher bar everyone is below everywhere, and exam weight alone orders the concepts.
        ClassMasteryHeatmap strict = ClassMasteryHeatmap.of(CONCEPTS, List.of(ASHA, BIRJU, CHITRA, DEV), knowledge(),
                0.92, null, false);
        assertThat(strict.weakest()).extracting(w -> w.concept().key())
                .containsExactly(FRICTION.key(), PROJECTILE.key(), VECTORS.key());
    }
}
