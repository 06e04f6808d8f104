package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.platform.TenantId;

import tools.jackson.databind.JsonNode;

/**
 * One version of an item as tests use it: the body with its keys (never shown to learners as is),
 * its translations by locale (same shape, same option ids), marks, concepts and parameters.
 */
public record ItemSnapshot(ItemId id, int version, ItemBankId bank, @Nullable UUID category, String type,
        JsonNode body, String locale, Map<String, JsonNode> translations, BigDecimal marks, BigDecimal negativeMarks,
        Difficulty difficulty, Irt irt, @Nullable String primaryConcept, List<String> secondaryConcepts,
        @Nullable String explanation, TenantId owner) {

    public ItemSnapshot {
        translations = Map.copyOf(translations);
        secondaryConcepts = List.copyOf(secondaryConcepts);
    }

    /** The body in the learner's language when translated, else in the item's own. */
    public JsonNode bodyFor(String language) {
        JsonNode translated = translations.get(language);
        return translated != null ? translated : body;
    }
}
