package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An item as authors send it (REST field names of docs/item-format.md). Absent fields get the
 * defaults: locale {@code en}, 1 mark, no negative marks, medium difficulty, IRT from difficulty.
 */
public record ItemInput(@Nullable String type, @Nullable JsonNode body, @Nullable String locale,
        @Nullable Map<String, JsonNode> translations, @Nullable String title, @Nullable UUID category,
        @Nullable BigDecimal marks, @Nullable BigDecimal negativeMarks, @Nullable String difficulty,
        @Nullable IrtFields irt, @Nullable String primaryConcept, @Nullable List<String> secondaryConcepts,
        @Nullable String explanation, @Nullable String source, @Nullable Integer year) {

    /** IRT parameters as sent; checked like {@link Irt}. */
    public record IrtFields(@Nullable Double a, @Nullable Double b, @Nullable Double c, @Nullable Boolean calibrated) {
    }

    /** The fields of an import's draft, its category left to the caller (drafts name a path). */
    static ItemInput of(ItemDraft draft, @Nullable UUID category) {
        Irt irt = draft.irt();
        return new ItemInput(draft.type(), draft.body(), draft.locale(), draft.translations(), draft.title(), category,
                draft.marks(), draft.negativeMarks(), draft.difficulty().code(),
                irt == null ? null : new IrtFields(irt.a(), irt.b(), irt.c(), irt.calibrated()),
                draft.primaryConcept(), draft.secondaryConcepts(), draft.explanation(), draft.source(), draft.year());
    }
}
