package org.vidya.assessment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemBankService.BankFields;
import org.vidya.assessment.bank.ItemBankService.BankView;
import org.vidya.assessment.bank.ItemBankService.CategoryFields;
import org.vidya.assessment.bank.ItemBankService.CategoryView;
import org.vidya.assessment.bank.ItemBankService.ItemFilter;
import org.vidya.assessment.bank.ItemBankService.ItemView;
import org.vidya.assessment.bank.ItemBankService.Preview;
import org.vidya.assessment.bank.ItemInput;
import org.vidya.platform.CursorPage;

/**
 * Item banks, their categories and items. Writing needs {@code ITEM_BANK_MANAGE}; reading needs
 * it or {@code TESTS_MANAGE}. The platform's banks are listed for every tenant, read-only.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Item banks")
class ItemBankRestController {

    private final ItemBankService bank;

    ItemBankRestController(ItemBankService bank) {
        this.bank = bank;
    }

    /** A preview's seed (random when left out) and language (the item's own when left out or untranslated). */
    record PreviewBody(@Nullable Long seed, @Nullable String locale) {
    }

    // ---- banks

    @GetMapping("/item-banks")
    @Operation(summary = "The tenant's banks, then the platform's")
    CursorPage<BankView> banks() {
        return new CursorPage<>(bank.banks(), null);
    }

    @PostMapping("/item-banks")
    @ResponseStatus(HttpStatus.CREATED)
    BankView createBank(@RequestBody BankFields body) {
        return bank.createBank(body);
    }

    @GetMapping("/item-banks/{id}")
    BankView bank(@PathVariable UUID id) {
        return bank.bank(new ItemBankId(id));
    }

    @PutMapping("/item-banks/{id}")
    BankView updateBank(@PathVariable UUID id, @RequestBody BankFields body) {
        return bank.updateBank(new ItemBankId(id), body);
    }

    @DeleteMapping("/item-banks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a bank without items (409 bank-not-empty otherwise)")
    void deleteBank(@PathVariable UUID id) {
        bank.deleteBank(new ItemBankId(id));
    }

    // ---- categories

    @GetMapping("/item-banks/{id}/categories")
    CursorPage<CategoryView> categories(@PathVariable UUID id) {
        return new CursorPage<>(bank.categories(new ItemBankId(id)), null);
    }

    @PostMapping("/item-banks/{id}/categories")
    @ResponseStatus(HttpStatus.CREATED)
    CategoryView createCategory(@PathVariable UUID id, @RequestBody CategoryFields body) {
        return bank.createCategory(new ItemBankId(id), body);
    }

    @PutMapping("/item-banks/{id}/categories/{categoryId}")
    @Operation(summary = "Rename a category, or move it under another parent (null: to the top)")
    CategoryView updateCategory(@PathVariable UUID id, @PathVariable UUID categoryId,
            @RequestBody CategoryFields body) {
        return bank.updateCategory(new ItemBankId(id), categoryId, body);
    }

    @DeleteMapping("/item-banks/{id}/categories/{categoryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete an empty category (409 category-not-empty otherwise)")
    void deleteCategory(@PathVariable UUID id, @PathVariable UUID categoryId) {
        bank.deleteCategory(new ItemBankId(id), categoryId);
    }

    // ---- items

    @GetMapping("/item-banks/{id}/items")
    @Operation(summary = "A bank's items, oldest first, filtered by type, concept, difficulty, category (with "
            + "sub-categories) and text; pages by cursor")
    CursorPage<ItemView> items(@PathVariable UUID id, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String concept,
            @RequestParam(required = false) @Nullable String difficulty,
            @RequestParam(required = false) @Nullable UUID category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return bank.items(new ItemBankId(id), new ItemFilter(type, concept, difficulty, category, q), cursor, limit);
    }

    @PostMapping("/item-banks/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView createItem(@PathVariable UUID id, @RequestBody ItemInput body) {
        return bank.createItem(new ItemBankId(id), body);
    }

    @GetMapping("/items/{id}")
    ItemView item(@PathVariable UUID id) {
        return bank.item(new ItemId(id));
    }

    @PutMapping("/items/{id}")
    @Operation(summary = "Replace an item's fields; a changed body makes a new version and regrades attempts that used it")
    ItemView updateItem(@PathVariable UUID id, @RequestBody ItemInput body) {
        return bank.updateItem(new ItemId(id), body);
    }

    @DeleteMapping("/items/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire an item: tests stop drawing it, attempts keep their copy")
    void deleteItem(@PathVariable UUID id) {
        bank.deleteItem(new ItemId(id));
    }

    @PostMapping("/items/{id}/preview")
    @Operation(summary = "What a learner sees of the item: no keys, options shuffled by the seed")
    Preview preview(@PathVariable UUID id, @RequestBody(required = false) @Nullable PreviewBody body) {
        long seed = body != null && body.seed() != null ? body.seed() : System.nanoTime();
        String locale = body == null ? null : body.locale();
        return bank.preview(new ItemId(id), seed, locale);
    }

    @GetMapping("/item-types")
    List<Map<String, Object>> itemTypes() {
        return bank.itemTypes();
    }
}
