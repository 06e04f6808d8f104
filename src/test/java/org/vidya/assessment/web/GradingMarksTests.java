package org.vidya.assessment.web;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Marks a teacher types become a share of the item's credit; a learner's answer is read as plain text. */
class GradingMarksTests {

    static final BigDecimal FOUR = BigDecimal.valueOf(4);

    @Test
    void marksBecomeAShareOfTheItemsMarks() {
        assertThat(GradingPageController.fraction("2", FOUR, 0, "marks")).isEqualTo(0.5);
        assertThat(GradingPageController.fraction(" 4 ", FOUR, 0, "marks")).isEqualTo(1.0);
        assertThat(GradingPageController.fraction("−1", FOUR, -1, "marks")).isEqualTo(-0.25);
    }

    @Test
    void marksOutsideTheItemsRangeOrNotNumbersAreFieldErrors() {
        assertThat(code("5", 0)).isEqualTo("out-of-range");
        assertThat(code("-1", 0)).as("below zero in the grading queue").isEqualTo("out-of-range");
        assertThat(code("-5", -1)).isEqualTo("out-of-range");
        assertThat(code("1e999999999", 0)).isEqualTo("wrong-number");
        assertThat(code("two", 0)).isEqualTo("wrong-number");
        assertThat(code("", 0)).isEqualTo("required");
    }

    private static String code(String marks, int lowest) {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> GradingPageController.fraction(marks, FOUR, lowest, "marks"));
        assertThat(e.errors()).hasSize(1);
        assertThat(e.errors().getFirst().field()).isEqualTo("marks");
        return e.errors().getFirst().code();
    }

    @Test
    void anAnswerIsReadAsTextAndACasesWrittenPartsOneAfterAnother() {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(GradingPageController.answerText(json.readTree("{\"text\":\"<b>bold</b>\"}")))
                .isEqualTo("<b>bold</b>");
        assertThat(GradingPageController.answerText(json.readTree(
                "{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"c2\"},\"p2\":{\"text\":\"My plan.\"}}}")))
                .isEqualTo("p1: {\"choice\":\"c2\"}\n\np2: My plan.");
        assertThat(GradingPageController.answerText(null)).isNull();
    }
}
