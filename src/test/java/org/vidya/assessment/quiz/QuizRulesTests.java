package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.vidya.platform.FieldViolation;

class QuizRulesTests {

    static final QuizSection FIXED = new QuizSection("Part A", null, MarkingScheme.itemMarks(),
            List.of(UUID.randomUUID()), List.of());

    @Test
    void aSimpleTestPasses() {
        assertThat(QuizRules.check(spec(QuizKind.PRACTICE, FIXED))).isEmpty();
    }

    @Test
    void certificationSectionsEachNeedATimeLimit() {
        assertThat(fields(QuizRules.check(spec(QuizKind.CERTIFICATION, FIXED))))
                .containsExactly("sections[0].timeLimitSeconds");
        QuizSection timed = new QuizSection("Part A", 600, MarkingScheme.itemMarks(), FIXED.items(), List.of());
        assertThat(QuizRules.check(spec(QuizKind.CERTIFICATION, timed))).isEmpty();
    }

    @Test
    void aSectionHasItemsOrRulesNotBothNorNeither() {
        QuizSection neither = new QuizSection("Empty", null, MarkingScheme.itemMarks(), List.of(), List.of());
        QuizSection both = new QuizSection("Both", null, MarkingScheme.itemMarks(), FIXED.items(),
                List.of(new QuizSection.BlueprintRule(UUID.randomUUID(), null, null, null, 1)));
        assertThat(fields(QuizRules.check(spec(QuizKind.PRACTICE, neither, both))))
                .containsExactly("sections[0]", "sections[1]");
    }

    @Test
    void fixedMarkingTakesMarksAwayOnlyForWrongAnswers() {
        MarkingScheme wrong = new MarkingScheme(MarkingScheme.Mode.FIXED, BigDecimal.valueOf(4), BigDecimal.ONE,
                BigDecimal.ZERO, false);
        QuizSection section = new QuizSection("JEE", null, wrong, FIXED.items(), List.of());
        assertThat(fields(QuizRules.check(spec(QuizKind.BENCHMARK, section))))
                .containsExactly("sections[0].marking.incorrect");
    }

    @Test
    void limitsAreChecked() {
        QuizSettings settings = new QuizSettings(5, -1, false, false, QuizSettings.Navigation.FREE,
                QuizSettings.FeedbackTiming.AFTER_SUBMIT, QuizSettings.QuestionBehaviour.INTERACTIVE, 0,
                BigDecimal.valueOf(2), null);
        QuizSpec spec = new QuizSpec("<b>Bold</b>", "", QuizKind.PRACTICE, List.of(FIXED), settings);
        assertThat(fields(QuizRules.check(spec))).containsExactlyInAnyOrder("title", "settings.timeLimitSeconds",
                "settings.attemptsAllowed", "settings.tries", "settings.penaltyPerTry");
    }

    private static QuizSpec spec(QuizKind kind, QuizSection... sections) {
        return new QuizSpec("Weekly test", "", kind, List.of(sections), QuizSettings.defaults());
    }

    private static List<String> fields(List<FieldViolation> problems) {
        return problems.stream().map(FieldViolation::field).toList();
    }
}
