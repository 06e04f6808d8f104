package org.vidya.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/** The small rules of the grading queue and the CSV export. */
class GradingRulesTests {

    private static final JsonNode RUBRIC = GradingFixtures.essayBody().path("rubric");

    @Test
    void aRubricScoreIsThePickedPointsOverTheBestPoints() {
        // c1: 2 of 2, c2: 1 of 2 → 3 of 4
        assertThat(GradingQueue.rubricFraction(RUBRIC, Map.of("c1", "l2", "c2", "s1"))).isEqualTo(0.75);
        assertThat(GradingQueue.rubricFraction(RUBRIC, Map.of("c1", "l0", "c2", "s0"))).isZero();
    }

    @Test
    void aRubricScoreNeedsAKnownLevelForEveryCriterionAndNoOthers() {
        assertThatThrownBy(() -> GradingQueue.rubricFraction(RUBRIC, Map.of("c1", "l2", "c3", "x")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("levels.c3", "unknown-criterion"),
                                org.assertj.core.groups.Tuple.tuple("levels.c2", "required")));
        assertThatThrownBy(() -> GradingQueue.rubricFraction(RUBRIC, Map.of("c1", "l9", "c2", "s1")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldViolation::code).containsExactly("unknown-level"));
    }

    @Test
    void anItemWithoutARubricTakesAFraction() {
        assertThatThrownBy(() -> GradingQueue.rubricFraction(SimpleItemTypes.json("{}"), Map.of("c1", "l1")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldViolation::code).containsExactly("no-rubric"));
    }

    @Test
    void fractionsAreCheckedAgainstTheirRange() {
        assertThat(GradingQueue.checkedFraction(0.5, 0)).isEqualTo(0.5);
        assertThat(GradingQueue.checkedFraction(-1, -1)).isEqualTo(-1);
        assertThatThrownBy(() -> GradingQueue.checkedFraction(-0.1, 0)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> GradingQueue.checkedFraction(1.01, -1)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> GradingQueue.checkedFraction(Double.NaN, 0)).isInstanceOf(ApiException.class);
    }

    @Test
    void spreadsheetFormulasInTextCellsAreDefused() {
        assertThat(ResultsCsv.safe("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(ResultsCsv.safe("+1")).isEqualTo("'+1");
        assertThat(ResultsCsv.safe("-1")).isEqualTo("'-1");
        assertThat(ResultsCsv.safe("@cmd")).isEqualTo("'@cmd");
        assertThat(ResultsCsv.safe("\tx")).isEqualTo("'\tx");
        assertThat(ResultsCsv.safe("Asha Rao")).isEqualTo("Asha Rao");
        assertThat(ResultsCsv.safe("")).isEmpty();
    }

    @Test
    void percentagesAreOfTheMaximumInHundredths() {
        assertThat(ResultService.percentage(new java.math.BigDecimal("7"), new java.math.BigDecimal("8")))
                .isEqualByComparingTo("87.50");
        assertThat(ResultService.percentage(new java.math.BigDecimal("-2"), new java.math.BigDecimal("8")))
                .isEqualByComparingTo("-25.00");
        assertThat(ResultService.percentage(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO)).isZero();
    }

    @Test
    void itemStatisticsComputeFacilityAndPointBiserialDiscrimination() {
        ItemAnalysis.Stats stats = new ItemAnalysis.Stats("q1", "single-choice");
        stats.add(1, 10);
        stats.add(1, 8);
        stats.add(0, 2);
        stats.add(0, 4);
        assertThat(stats.facility()).isEqualTo(0.5);
        // Pearson's r of (1,1,0,0) with (10,8,2,4): covariance 1.5 over sd 0.5 × √10 → 0.9487
        assertThat(stats.discrimination()).isCloseTo(0.9487, org.assertj.core.data.Offset.offset(1e-4));
        ItemAnalysis.Stats flat = new ItemAnalysis.Stats("q2", "numeric");
        flat.add(1, 3);
        flat.add(1, 5);
        flat.add(1, 7);
        assertThat(flat.discrimination()).isNull();
        ItemAnalysis.Stats few = new ItemAnalysis.Stats("q3", "numeric");
        few.add(1, 3);
        few.add(0, 5);
        assertThat(few.discrimination()).isNull();
    }
}
