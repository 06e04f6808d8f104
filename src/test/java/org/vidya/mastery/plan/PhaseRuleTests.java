package org.vidya.mastery.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vidya.mastery.Phase;
import org.vidya.mastery.PhaseReport;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseRuleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    final PhaseRule rule = new PhaseRule(0.8);

    @ParameterizedTest(name = "{0} days, mastery {1}: {2}")
    @CsvSource({
            "181, 0.9, FOUNDATION, far",
            "180, 0.5, PRACTICE, practice",
            "180, 0.39, FOUNDATION, low",
            "60, 0.4, PRACTICE, practice",
            "60, 0.9, PRACTICE, practice",
            "59, 0.1, REVISION, near",
            "31, 0.95, REVISION, near",
            "30, 0.8, EXAM_READY, ready",
            "30, 0.79, REVISION, near",
            "0, 0.85, EXAM_READY, ready"})
    void phaseFollowsDaysToTheExamAndMastery(long days, double mastery, Phase phase, String reason) {
        PhaseReport report = rule.phase(TODAY, TODAY.plusDays(days), mastery);

        assertThat(report.phase()).isEqualTo(phase);
        assertThat(report.reason()).isEqualTo("mastery.phase.reason." + reason);
        assertThat(report.daysToExam()).isEqualTo(days);
        assertThat(report.overallMastery()).isEqualTo(mastery);
    }

    @ParameterizedTest(name = "mastery {0}: {1}")
    @CsvSource({"0.0, FOUNDATION, foundation", "0.39, FOUNDATION, foundation", "0.4, PRACTICE, practice",
            "0.59, PRACTICE, practice", "0.6, REVISION, revision", "0.79, REVISION, revision",
            "0.8, EXAM_READY, ready"})
    void withoutAnExamDateMasteryAloneDecides(double mastery, Phase phase, String reason) {
        PhaseReport report = rule.phase(TODAY, null, mastery);

        assertThat(report.phase()).isEqualTo(phase);
        assertThat(report.daysToExam()).isNull();
        assertThat(report.reason()).isEqualTo("mastery.phase.reason.no-date." + reason);
    }

    @Test
    void aPassedExamDateCountsLikeNoneAndSaysSo() {
        PhaseReport report = rule.phase(TODAY, TODAY.minusDays(3), 0.5);

        assertThat(report.phase()).isEqualTo(Phase.PRACTICE);
        assertThat(report.daysToExam()).isEqualTo(-3);
        assertThat(report.reason()).isEqualTo("mastery.phase.reason.past.practice");
    }
}
