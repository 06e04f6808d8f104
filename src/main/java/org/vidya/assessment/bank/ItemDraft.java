package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An item as imports produce it and exports read it, before it has an id in a bank.
 * {@code externalId} is the identifier the source format gave it (a QTI identifier, a GIFT title),
 * or on export the item's id, so that round trips keep it. {@code categoryPath} is slash-separated
 * ("Physics/Kinematics"). {@code irt} is null when the difficulty's defaults apply.
 */
public record ItemDraft(@Nullable String externalId, String type, JsonNode body, @Nullable String title,
        @Nullable String categoryPath, BigDecimal marks, BigDecimal negativeMarks, Difficulty difficulty,
        @Nullable Irt irt, @Nullable String primaryConcept, List<String> secondaryConcepts,
        @Nullable String explanation, @Nullable String source, @Nullable Integer year, String locale,
        Map<String, JsonNode> translations) {

    public ItemDraft {
        secondaryConcepts = List.copyOf(secondaryConcepts);
        translations = Map.copyOf(translations);
    }

    /** A draft with the defaults every format without these fields gets: 1 mark, no negative marks, medium, English. */
    public static ItemDraft of(String type, JsonNode body) {
        return new ItemDraft(null, type, body, null, null, BigDecimal.ONE, BigDecimal.ZERO, Difficulty.MEDIUM, null,
                null, List.of(), null, null, null, "en", Map.of());
    }

    public ItemDraft withExternalId(@Nullable String value) {
        return new ItemDraft(value, type, body, title, categoryPath, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, source, year, locale, translations);
    }

    public ItemDraft withTitle(@Nullable String value) {
        return new ItemDraft(externalId, type, body, value, categoryPath, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, source, year, locale, translations);
    }

    public ItemDraft withCategoryPath(@Nullable String value) {
        return new ItemDraft(externalId, type, body, title, value, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, source, year, locale, translations);
    }

    public ItemDraft withMarks(BigDecimal value, BigDecimal negative) {
        return new ItemDraft(externalId, type, body, title, categoryPath, value, negative, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, source, year, locale, translations);
    }

    public ItemDraft withExplanation(@Nullable String value) {
        return new ItemDraft(externalId, type, body, title, categoryPath, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, value, source, year, locale, translations);
    }

    public ItemDraft withConcepts(@Nullable String primary, List<String> secondary) {
        return new ItemDraft(externalId, type, body, title, categoryPath, marks, negativeMarks, difficulty, irt,
                primary, secondary, explanation, source, year, locale, translations);
    }

    public ItemDraft withDifficulty(Difficulty value, @Nullable Irt parameters) {
        return new ItemDraft(externalId, type, body, title, categoryPath, marks, negativeMarks, value, parameters,
                primaryConcept, secondaryConcepts, explanation, source, year, locale, translations);
    }

    public ItemDraft withSource(@Nullable String value, @Nullable Integer atYear) {
        return new ItemDraft(externalId, type, body, title, categoryPath, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, value, atYear, locale, translations);
    }

    public ItemDraft withLocale(String value, Map<String, JsonNode> otherLocales) {
        return new ItemDraft(externalId, type, body, title, categoryPath, marks, negativeMarks, difficulty, irt,
                primaryConcept, secondaryConcepts, explanation, source, year, value, otherLocales);
    }
}
