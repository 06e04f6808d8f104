package org.vidya.assessment.quiz;

import java.math.BigDecimal;

/**
 * How a section turns item fractions into marks. {@code ITEM_MARKS}: each item's own marks and
 * negative marks. {@code FIXED}: the same marks for every item, as in JEE's +4 / -1 / 0
 * ({@code correct}, {@code incorrect} (zero or negative), {@code unanswered}); with
 * {@code partialCredit} a partly right answer earns its fraction of {@code correct}, otherwise it
 * counts as incorrect.
 */
public record MarkingScheme(Mode mode, BigDecimal correct, BigDecimal incorrect, BigDecimal unanswered,
        boolean partialCredit) {

    public enum Mode {
        ITEM_MARKS,
        FIXED
    }

    public static MarkingScheme itemMarks() {
        return new MarkingScheme(Mode.ITEM_MARKS, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, true);
    }

    /** JEE Main's rule for single-answer questions. */
    public static MarkingScheme jee() {
        return new MarkingScheme(Mode.FIXED, BigDecimal.valueOf(4), BigDecimal.valueOf(-1), BigDecimal.ZERO, false);
    }
}
