package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.platform.FieldViolation;

import static org.assertj.core.api.Assertions.assertThat;

/** A rubric's maximum, its checks and scoring a pick of levels. */
class RubricTests {

    static Rubric rubric() {
        return Rubric.of(List.of(
                new Rubric.CriterionDraft("Correctness", "Right answers", List.of(
                        new Rubric.LevelDraft(new BigDecimal("10"), "All conversions right"),
                        new Rubric.LevelDraft(new BigDecimal("5"), "Some right"),
                        new Rubric.LevelDraft(BigDecimal.ZERO, "None right"))),
                new Rubric.CriterionDraft("Readability", null, List.of(
                        new Rubric.LevelDraft(new BigDecimal("5"), "Clear names"),
                        new Rubric.LevelDraft(new BigDecimal("2.5"), "Hard to follow"))),
                new Rubric.CriterionDraft("Testing", null, List.of(
                        new Rubric.LevelDraft(new BigDecimal("5"), "Tests for edge cases"),
                        new Rubric.LevelDraft(BigDecimal.ZERO, "No tests")))));
    }

    @Test
    void theMaximumIsTheBestLevelOfEveryCriterion() {
        assertThat(rubric().maxPoints()).isEqualByComparingTo("20");
        assertThat(rubric().problems(new BigDecimal("20"))).isEmpty();
    }

    @Test
    void aMaximumOtherThanTheAssignmentsIsAFieldError() {
        assertThat(rubric().problems(new BigDecimal("25"))).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rubric", "max-points-mismatch"));
    }

    @Test
    void refusesEmptyAndOversizedRubrics() {
        assertThat(new Rubric(List.of()).problems(BigDecimal.TEN)).extracting(FieldViolation::field)
                .containsExactly("rubric.criteria");
        Rubric noLevels = Rubric.of(List.of(new Rubric.CriterionDraft("Lonely", null, List.of())));
        assertThat(noLevels.problems(BigDecimal.TEN)).extracting(FieldViolation::field)
                .containsExactly("rubric.criteria[0].levels");
        Rubric blank = Rubric.of(List.of(new Rubric.CriterionDraft(" ", null,
                List.of(new Rubric.LevelDraft(new BigDecimal("-1"), "")))));
        assertThat(blank.problems(BigDecimal.TEN)).extracting(FieldViolation::field).containsExactly(
                "rubric.criteria[0].title", "rubric.criteria[0].levels[0].points",
                "rubric.criteria[0].levels[0].description");
    }

    @Test
    void scoresOneLevelPerCriterion() {
        Rubric rubric = rubric();
        Map<UUID, UUID> picks = Map.of(
                rubric.criteria().get(0).id(), rubric.criteria().get(0).levels().get(1).id(),
                rubric.criteria().get(1).id(), rubric.criteria().get(1).levels().get(1).id(),
                rubric.criteria().get(2).id(), rubric.criteria().get(2).levels().get(0).id());
        Rubric.Scored scored = rubric.score(picks);
        assertThat(scored.problems()).isEmpty();
        assertThat(scored.points()).isEqualByComparingTo("12.5");
        assertThat(scored.picks().keySet()).containsExactly(rubric.criteria().get(0).id(),
                rubric.criteria().get(1).id(), rubric.criteria().get(2).id());
    }

    @Test
    void aMissingCriterionOrAForeignLevelIsAProblem() {
        Rubric rubric = rubric();
        Rubric other = rubric();
        Map<UUID, UUID> picks = Map.of(
                rubric.criteria().get(0).id(), other.criteria().get(0).levels().get(0).id(),
                other.criteria().get(1).id(), other.criteria().get(1).levels().get(0).id());
        assertThat(rubric.score(picks).problems()).extracting(FieldViolation::code)
                .containsExactlyInAnyOrder("unknown-level", "required", "required", "unknown-criterion");
    }

    @Test
    void comparesContentIgnoringIds() {
        assertThat(rubric().sameContentAs(rubric())).isTrue();
        Rubric changed = Rubric.of(List.of(new Rubric.CriterionDraft("Correctness", "Right answers",
                List.of(new Rubric.LevelDraft(new BigDecimal("20"), "All right")))));
        assertThat(rubric().sameContentAs(changed)).isFalse();
        assertThat(rubric().sameContentAs(null)).isFalse();
    }
}
