package org.vidya.mastery.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.mastery.state.Graphs.KINEMATICS;
import static org.vidya.mastery.state.Graphs.PROJECTILE;
import static org.vidya.mastery.state.Graphs.VECTORS;
import static org.vidya.mastery.state.Graphs.answer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.Explanation;
import org.vidya.platform.UserId;

class KnowledgeFactsTests {

    static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
    static final UserId LEARNER = UserId.random();

    final CountingModel model = new CountingModel();
    final DoublingMemory memory = new DoublingMemory();
    final LearnerRecord learner = new LearnerRecord(LEARNER, model.newLearner(), T0);
    final Map<String, KnowledgeRecord> records = new HashMap<>();

    void apply(Instant at, String concept, double outcome) {
        new KnowledgeUpdate(model, memory, 0.9).apply(learner, records, c -> new KnowledgeRecord(LEARNER, c,
                model.newConcept(Double.NaN), null, T0), List.of(answer(concept, List.of(), outcome, at)),
                EvidenceSource.TEST, Graphs.mechanics(), at, (o, t) -> { });
    }

    Map<String, List<Object>> facts(String concept, Instant now) {
        Map<String, List<Object>> byCode = new HashMap<>();
        for (Explanation.Reason reason : KnowledgeFacts.of(records.get(concept), Graphs.mechanics(), records, memory,
                now)) {
            assertThat(reason.effect()).isZero();
            byCode.put(reason.code(), reason.arguments());
        }
        return byCode;
    }

    @Test
    void directEvidenceIsCountedDatedAndScheduled() {
        apply(T0, KINEMATICS, 1.0);
        apply(T0.plusSeconds(60), KINEMATICS, 0.0);

        Map<String, List<Object>> facts = facts(KINEMATICS, T0.plus(Duration.ofDays(3)));

        assertThat(facts.get("mastery.reason.evidence.answers")).containsExactly(1, 2);
        assertThat(facts.get("mastery.reason.evidence.last-practice")).containsExactly(2L);
        assertThat(facts).containsKey("mastery.reason.evidence.recall").containsKey("mastery.reason.evidence.review-due")
                .doesNotContainKey("mastery.reason.evidence.carried-only");
    }

    @Test
    void carriedEvidenceNamesTheDependentItCameFrom() {
        apply(T0, PROJECTILE, 1.0);

        Map<String, List<Object>> facts = facts(KINEMATICS, T0);

        assertThat(facts).containsKey("mastery.reason.evidence.carried-only")
                .doesNotContainKey("mastery.reason.evidence.answers").doesNotContainKey("mastery.reason.evidence.recall");
        assertThat(facts.get("mastery.reason.evidence.transfer")).containsExactly("Projectile motion", 1, 0.6);
    }

    @Test
    void aPrerequisiteWithEvidenceIsShownWithItsMastery() {
        apply(T0, VECTORS, 1.0);
        apply(T0, KINEMATICS, 1.0);

        Map<String, List<Object>> facts = facts(KINEMATICS, T0.plusSeconds(3600));

        assertThat(facts.get("mastery.reason.evidence.prerequisite")).containsExactly("Vectors",
                KnowledgeFacts.round(records.get(VECTORS).mastery()));
        assertThat(facts.get("mastery.reason.evidence.next-review")).containsExactly("2026-11-02");
    }
}
