package org.vidya.mastery.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.mastery.state.Graphs.KINEMATICS;
import static org.vidya.mastery.state.Graphs.PROJECTILE;
import static org.vidya.mastery.state.Graphs.TRIGONOMETRY;
import static org.vidya.mastery.state.Graphs.VECTORS;
import static org.vidya.mastery.state.Graphs.answer;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.ConceptGraph;

class EvidenceTests {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    final ConceptGraph graph = Graphs.mechanics();

    @Test
    void primaryConceptWeighsFullyAndSecondariesHalf() {
        List<Evidence.Target> targets = Evidence.of(answer(KINEMATICS, List.of(TRIGONOMETRY), 0.0, NOW), graph);

        assertThat(targets).containsExactly(new Evidence.Target(KINEMATICS, 1.0, true),
                new Evidence.Target(TRIGONOMETRY, 0.5, true));
    }

    @Test
    void aRightAnswerCarriesToDirectPrerequisitesByTheirTransfer() {
        List<Evidence.Target> targets = Evidence.of(answer(PROJECTILE, List.of(), 1.0, NOW), graph);

        assertThat(targets).containsExactlyInAnyOrder(new Evidence.Target(PROJECTILE, 1.0, true),
                new Evidence.Target(KINEMATICS, 0.6, false), new Evidence.Target(TRIGONOMETRY, 0.4, false));
    }

    @Test
    void evidenceTravelsOneEdgeOnly() {
        List<Evidence.Target> targets = Evidence.of(answer(PROJECTILE, List.of(), 1.0, NOW), graph);

        assertThat(targets).extracting(Evidence.Target::concept).doesNotContain(VECTORS);
    }

    @Test
    void aSecondaryConceptCarriesItsHalfTimesTheTransfer() {
        List<Evidence.Target> targets = Evidence.of(answer(TRIGONOMETRY, List.of(KINEMATICS), 1.0, NOW), graph);

        assertThat(targets).contains(new Evidence.Target(VECTORS, 0.5 * 0.5, false));
    }

    @Test
    void aWrongAnswerIsCarriedNowhere() {
        List<Evidence.Target> targets = Evidence.of(answer(PROJECTILE, List.of(), 0.2, NOW), graph);

        assertThat(targets).containsExactly(new Evidence.Target(PROJECTILE, 1.0, true));
    }

    @Test
    void halfCreditIsEnoughToCarry() {
        assertThat(Evidence.of(answer(PROJECTILE, List.of(), 0.5, NOW), graph)).hasSize(3);
        assertThat(Evidence.of(answer(PROJECTILE, List.of(), 0.49, NOW), graph)).hasSize(1);
    }

    @Test
    void directEvidenceIsNotReplacedByCarriedEvidence() {
        // Kinematics is the secondary concept and also a prerequisite of the primary one.
        List<Evidence.Target> targets = Evidence.of(answer(PROJECTILE, List.of(KINEMATICS), 1.0, NOW), graph);

        assertThat(targets).contains(new Evidence.Target(KINEMATICS, 0.5, true))
                .doesNotContain(new Evidence.Target(KINEMATICS, 0.6, false));
    }

    @Test
    void negativeMarksCountAsNoCredit() {
        assertThat(Evidence.outcome(answer(PROJECTILE, List.of(), -0.25, NOW))).isZero();
        assertThat(Evidence.outcome(answer(PROJECTILE, List.of(), 1.0, NOW))).isEqualTo(1.0);
    }

    @Test
    void conceptsUnknownToTheGraphStillTakeDirectEvidence() {
        assertThat(Evidence.of(answer("chemistry.moles", List.of(), 1.0, NOW), graph))
                .containsExactly(new Evidence.Target("chemistry.moles", 1.0, true));
    }

    @Test
    void difficultyLabelsStandForIrtDifficulties() {
        assertThat(AttemptEvidenceListener.labelDifficulty("EASY")).isEqualTo(-1.0);
        assertThat(AttemptEvidenceListener.labelDifficulty("MEDIUM")).isEqualTo(0.0);
        assertThat(AttemptEvidenceListener.labelDifficulty("HARD")).isEqualTo(1.0);
    }
}
