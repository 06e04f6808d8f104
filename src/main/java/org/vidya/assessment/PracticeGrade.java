package org.vidya.assessment;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A practice answer's grade: the fraction of credit (0..1), the marks, whether it was fully right,
 * and the item's explanation (Markdown rendered to safe HTML) to show at once.
 */
public record PracticeGrade(ItemId item, double fraction, BigDecimal score, BigDecimal maxScore, boolean correct,
        @Nullable String explanationHtml) {
}
