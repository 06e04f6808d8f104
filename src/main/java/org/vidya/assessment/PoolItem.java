package org.vidya.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An item as adaptive selection sees it: type, concepts, difficulty label, IRT parameters and marks. */
public record PoolItem(ItemId id, String type, @Nullable String primaryConcept, List<String> secondaryConcepts,
        String difficulty, double a, double b, double c, boolean calibrated, BigDecimal marks) {

    public PoolItem {
        secondaryConcepts = List.copyOf(secondaryConcepts);
    }
}
