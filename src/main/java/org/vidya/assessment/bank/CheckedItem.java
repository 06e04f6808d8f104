package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An item input that passed every check, ready to store. */
record CheckedItem(String type, String bodyJson, String locale, @Nullable String translationsJson,
        @Nullable String title, @Nullable UUID category, BigDecimal marks, BigDecimal negativeMarks,
        Difficulty difficulty, Irt irt, @Nullable String primaryConcept, List<String> secondaryConcepts,
        @Nullable String explanation, @Nullable String source, @Nullable Integer year) {
}
