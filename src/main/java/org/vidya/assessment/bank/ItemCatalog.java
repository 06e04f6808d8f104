package org.vidya.assessment.bank;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;

/** How tests, attempts and grading read items: the current tenant's and the platform's. */
public interface ItemCatalog {

    /** The current versions of these items that the current tenant may use, in the order asked; unknown ids are left out. */
    List<ItemSnapshot> items(Collection<ItemId> ids);

    /**
     * Items of a bank a blueprint may draw from, filtered by concept (primary or secondary),
     * difficulty and category when given, at most {@code limit}, in a stable order.
     */
    List<ItemSnapshot> candidates(ItemBankId bank, @Nullable String concept, @Nullable Difficulty difficulty,
            @Nullable UUID category, int limit);

    /** Stores usage statistics computed by item analysis: exposures, facility (0..1), discrimination (-1..1). */
    void recordStatistics(ItemId item, long exposures, double facility, @Nullable Double discrimination);
}
