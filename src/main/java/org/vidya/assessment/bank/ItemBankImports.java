package org.vidya.assessment.bank;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;

/** What import and export need of the bank. */
public interface ItemBankImports {

    /** Throws a 404 problem unless the bank is visible to the caller, a 403 unless the caller may change it. */
    void requireWritable(ItemBankId bank);

    /** Throws a 404 problem unless the bank is visible to the caller. */
    void requireReadable(ItemBankId bank);

    /**
     * Saves valid drafts into the bank in one transaction, creating categories by path, and returns
     * the new ids in the drafts' order. Drafts are validated again; an invalid one fails the whole call with 422.
     */
    List<ItemId> save(ItemBankId bank, List<ItemDraft> drafts);

    /** The bank's items (or one category's, sub-categories included) as drafts with their ids as external ids. */
    List<ItemDraft> export(ItemBankId bank, @Nullable UUID category);

    /** These items as drafts (for a test's export), in the order asked. */
    List<ItemDraft> exportItems(List<ItemId> items);
}
