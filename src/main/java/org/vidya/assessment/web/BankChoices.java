package org.vidya.assessment.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.web.QuizPages.ItemRow;
import org.vidya.assessment.web.QuizPages.Option;
import org.vidya.platform.ApiException;

/**
 * What the test builder reads of the item banks: the banks a teacher may draw from, their
 * categories, a bank's items filtered by type, concept, difficulty, category and words, and the
 * size of a blueprint rule's pool.
 */
@Component
class BankChoices {

    /** Most items a search shows. */
    static final int SEARCH_LIMIT = 50;

    /** A pool is counted up to this many items; more shows as this many. */
    static final int POOL_LIMIT = 1000;

    private final ItemBankService banks;
    private final ItemCatalog catalog;
    private final ItemTypes types;

    BankChoices(ItemBankService banks, ItemCatalog catalog, ItemTypes types) {
        this.banks = banks;
        this.catalog = catalog;
        this.types = types;
    }

    List<String> types() {
        return List.copyOf(types.ids());
    }

    List<Option> banks() {
        return banks.banks().stream().map(b -> new Option(b.id().toString(), b.name())).toList();
    }

    List<Option> categories(String bank) {
        ItemBankId id = bankId(bank);
        if (id == null) {
            return List.of();
        }
        try {
            return banks.categories(id).stream().map(c -> new Option(c.id().toString(), c.path())).toList();
        } catch (ApiException e) {
            return List.of();
        }
    }

    /** The authors' titles of these items, by id; items without one are left out. */
    Map<String, String> titles(Collection<ItemId> items) {
        Map<String, String> titles = new HashMap<>();
        for (ItemId id : items) {
            try {
                ItemBankService.ItemView item = banks.item(id);
                if (item.title() != null && !item.title().isBlank()) {
                    titles.put(id.toString(), item.title());
                }
            } catch (ApiException e) {
                // Not visible any more: the row shows the item as missing.
            }
        }
        return titles;
    }

    List<ItemSnapshot> items(Collection<ItemId> ids) {
        return ids.isEmpty() ? List.of() : catalog.items(ids);
    }

    /** A bank's items matching the filters (the bank's own search), at most {@link #SEARCH_LIMIT}; unreadable filters find nothing. */
    List<ItemRow> search(String bank, String type, String concept, String difficulty, String category, String text) {
        ItemBankId bankId = bankId(bank);
        if (bankId == null) {
            return List.of();
        }
        try {
            return banks.items(bankId, new ItemBankService.ItemFilter(blank(type), blank(concept), blank(difficulty),
                    uuid(category), blank(text)), null, SEARCH_LIMIT).items().stream().map(BankChoices::row).toList();
        } catch (ApiException e) {
            return List.of();
        }
    }

    private static ItemRow row(ItemBankService.ItemView item) {
        String excerpt = QuizPages.excerpt(item.body());
        return new ItemRow(item.id().toString(), item.title() == null || item.title().isBlank() ? excerpt
                : item.title(), item.type(), item.primaryConcept() == null ? "" : item.primaryConcept(),
                item.difficulty(), item.marks(), item.negativeMarks(), excerpt, false);
    }

    @Nullable Integer pool(String bank, String concept, String difficulty, String category) {
        ItemBankId bankId = bankId(bank);
        if (bankId == null) {
            return null;
        }
        return catalog.candidates(bankId, blank(concept), difficulty(difficulty), uuid(category), POOL_LIMIT).size();
    }

    private static @Nullable ItemBankId bankId(String value) {
        UUID id = uuid(value);
        return id == null ? null : new ItemBankId(id);
    }

    private static @Nullable UUID uuid(String value) {
        try {
            return value.isBlank() ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Difficulty difficulty(String value) {
        try {
            return value.isBlank() ? null : Difficulty.fromCode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String blank(String value) {
        return value.isBlank() ? null : value.strip();
    }
}
