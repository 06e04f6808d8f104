package org.vidya.mastery.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vidya.mastery.state.Graphs.KINEMATICS;
import static org.vidya.mastery.state.Graphs.PROJECTILE;
import static org.vidya.mastery.state.Graphs.TRIGONOMETRY;
import static org.vidya.mastery.state.Graphs.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.MasteryChanged;
import org.vidya.mastery.Observation;
import org.vidya.platform.UserId;

class KnowledgeUpdateTests {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final UserId LEARNER = UserId.random();

    final CountingModel model = new CountingModel();
    final DoublingMemory memory = new DoublingMemory();
    final KnowledgeUpdate update = new KnowledgeUpdate(model, memory, 0.9);
    final LearnerRecord learner = new LearnerRecord(LEARNER, model.newLearner(), T0);
    final Map<String, KnowledgeRecord> records = new HashMap<>();
    final List<Observation> logged = new ArrayList<>();

    List<MasteryChanged.Change> apply(EvidenceSource source, Observation... batch) {
        return update.apply(learner, records, concept -> new KnowledgeRecord(LEARNER, concept,
                model.newConcept(Double.NaN), null, T0), List.of(batch), source, Graphs.mechanics(), T0,
                (observation, theta) -> logged.add(observation));
    }

    @Test
    void primaryAndSecondaryConceptsTakeTheirWeightsAndCountAsAttempts() {
        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(TRIGONOMETRY), 1.0, T0));

        assertThat(CountingModel.evidence(records.get(KINEMATICS))).containsExactly(1.0, 1.0);
        assertThat(CountingModel.evidence(records.get(TRIGONOMETRY))).containsExactly(0.5, 0.5);
        assertThat(records.get(KINEMATICS).attempts()).isEqualTo(1);
        assertThat(records.get(KINEMATICS).correct()).isEqualTo(1);
        assertThat(records.get(TRIGONOMETRY).attempts()).isEqualTo(1);
    }

    @Test
    void carriedEvidenceMovesMasteryButIsNeitherAnAttemptNorAReview() {
        apply(EvidenceSource.TEST, answer(PROJECTILE, List.of(), 1.0, T0));

        KnowledgeRecord kinematics = records.get(KINEMATICS);
        assertThat(CountingModel.evidence(kinematics)).containsExactly(0.6, 0.6);
        assertThat(kinematics.mastery()).isCloseTo(1.6 / 2.6, within(1e-9));
        assertThat(kinematics.attempts()).isZero();
        assertThat(kinematics.nextReview()).isNull();
        assertThat(kinematics.memory()).isNull();
        assertThat(records.get(PROJECTILE).nextReview()).isNotNull();
    }

    @Test
    void aWrongAnswerLowersOnlyItsOwnConcepts() {
        List<MasteryChanged.Change> changes = apply(EvidenceSource.TEST, answer(PROJECTILE, List.of(), 0.0, T0));

        assertThat(records).containsOnlyKeys(PROJECTILE);
        assertThat(changes).containsExactly(new MasteryChanged.Change(PROJECTILE, 0.5, 1.0 / 3.0));
    }

    @Test
    void theAnswersOfOneBatchAreOneReviewScheduledAtTheTargetRetention() {
        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(), 1.0, T0),
                answer(KINEMATICS, List.of(), 1.0, T0.plusSeconds(60)));

        KnowledgeRecord kinematics = records.get(KINEMATICS);
        assertThat(kinematics.attempts()).isEqualTo(2);
        assertThat(kinematics.reviews()).isEqualTo(1);
        assertThat(kinematics.stability()).isEqualTo(1.0);
        // recall falls to 0.9 after exactly one stability (1 day) from the batch's last answer
        assertThat(kinematics.nextReview()).isEqualTo(T0.plusSeconds(60).plus(Duration.ofDays(1)));
    }

    @Test
    void aLaterRightReviewLengthensTheIntervalAndAWrongOneShortensIt() {
        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(), 1.0, T0));
        Instant second = T0.plus(Duration.ofDays(1));
        apply(EvidenceSource.PRACTICE, answer(KINEMATICS, List.of(), 1.0, second));

        assertThat(records.get(KINEMATICS).stability()).isEqualTo(2.0);
        assertThat(records.get(KINEMATICS).nextReview()).isEqualTo(second.plus(Duration.ofDays(2)));

        Instant third = second.plus(Duration.ofDays(2));
        apply(EvidenceSource.PRACTICE, answer(KINEMATICS, List.of(), 0.0, third));
        assertThat(records.get(KINEMATICS).stability()).isEqualTo(1.0);
        assertThat(records.get(KINEMATICS).reviews()).isEqualTo(3);
    }

    @Test
    void aLowerTargetRetentionSchedulesLater() {
        KnowledgeUpdate relaxed = new KnowledgeUpdate(model, memory, 0.8);
        relaxed.apply(learner, records, concept -> new KnowledgeRecord(LEARNER, concept, model.newConcept(Double.NaN),
                null, T0), List.of(answer(KINEMATICS, List.of(), 1.0, T0)), EvidenceSource.TEST, Graphs.mechanics(),
                T0, (o, t) -> { });

        assertThat(records.get(KINEMATICS).nextReview()).isAfter(T0.plus(Duration.ofDays(2)));
    }

    @Test
    void answersAreAppliedInTimeOrderAndLoggedOnce() {
        Observation later = answer(KINEMATICS, List.of(), 1.0, T0.plusSeconds(120));
        Observation earlier = answer(KINEMATICS, List.of(), 0.0, T0);

        apply(EvidenceSource.TEST, later, earlier);

        assertThat(logged).containsExactly(earlier, later);
        assertThat(records.get(KINEMATICS).lastPractice()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void aRightAnswerRaisesAbilityAndEveryAnswerNarrowsItsError() {
        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(), 1.0, T0));
        double afterRight = learner.theta();
        double errorAfterOne = learner.thetaError();

        assertThat(afterRight).isGreaterThan(0);
        assertThat(errorAfterOne).isLessThan(1.0);

        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(), 0.0, T0.plusSeconds(60)));
        assertThat(learner.theta()).isLessThan(afterRight);
        assertThat(learner.thetaError()).isLessThan(errorAfterOne);
    }

    @Test
    void diagnosticAnswersLeaveAbilityToTheDiagnosticsOwnEstimate() {
        apply(EvidenceSource.DIAGNOSTIC, answer(KINEMATICS, List.of(), 1.0, T0));

        assertThat(learner.theta()).isZero();
        assertThat(learner.thetaError()).isEqualTo(1.0);
        assertThat(records.get(KINEMATICS).attempts()).isEqualTo(1);
    }

    @Test
    void changesListEachTouchedConceptBeforeAndAfter() {
        apply(EvidenceSource.TEST, answer(KINEMATICS, List.of(), 1.0, T0));
        List<MasteryChanged.Change> changes = apply(EvidenceSource.TEST,
                answer(PROJECTILE, List.of(), 1.0, T0.plusSeconds(60)));

        assertThat(changes).extracting(MasteryChanged.Change::concept)
                .containsExactlyInAnyOrder(PROJECTILE, KINEMATICS, TRIGONOMETRY);
        MasteryChanged.Change kinematics = changes.stream().filter(c -> c.concept().equals(KINEMATICS)).findFirst()
                .orElseThrow();
        assertThat(kinematics.before()).isCloseTo(2.0 / 3.0, within(1e-9));
        assertThat(kinematics.after()).isCloseTo(2.6 / 3.6, within(1e-9));
    }

    @Test
    void theSameBatchReplayedOntoFreshRecordsGivesTheSameState() {
        Observation first = answer(PROJECTILE, List.of(TRIGONOMETRY), 1.0, T0);
        Observation second = answer(KINEMATICS, List.of(), 0.0, T0.plusSeconds(3600));
        apply(EvidenceSource.TEST, first);
        apply(EvidenceSource.PRACTICE, second);
        Map<String, Double> masteries = new HashMap<>();
        records.forEach((k, r) -> masteries.put(k, r.mastery()));

        records.values().forEach(r -> r.reset(model.newConcept(Double.NaN)));
        learner.reset(model.newLearner(), T0);
        apply(EvidenceSource.TEST, first);
        apply(EvidenceSource.PRACTICE, second);

        records.forEach((k, r) -> assertThat(r.mastery()).as(k).isEqualTo(masteries.get(k)));
    }
}
