package org.vidya.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.grading.ScoreSheet;
import org.vidya.assessment.grading.SlotScore;
import org.vidya.assessment.spi.Outcome;

/** The benchmark grades what it claims to: every type answers, and only written answers wait for a person. */
class GradingBenchmarkTests {

    @Test
    void theBenchmarkAttemptIsScoredByEveryTypeWithOnlyWrittenAnswersPending() {
        GradingBenchmark benchmark = new GradingBenchmark();
        benchmark.attempt();
        ScoreSheet sheet = benchmark.grade75Items();
        assertThat(sheet.slots()).hasSize(75);
        assertThat(sheet.slots().stream().filter(SlotScore::pending).map(s -> s.slot().type()))
                .containsExactlyInAnyOrder("case", "case", "essay");
        assertThat(sheet.slots()).extracting(SlotScore::outcome)
                .contains(Outcome.CORRECT, Outcome.PARTIAL, Outcome.INCORRECT);
        assertThat(sheet.slots().stream().filter(s -> !s.pending()).map(s -> s.slot().type()).distinct())
                .containsExactlyInAnyOrder("single-choice", "multiple-response", "true-false", "numeric",
                        "short-text", "matching", "ordering", "cloze");
    }
}
