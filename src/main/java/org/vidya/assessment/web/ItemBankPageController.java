package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemBankService.BankView;
import org.vidya.assessment.bank.ItemBankService.ItemFilter;
import org.vidya.assessment.bank.ItemBankService.ItemView;
import org.vidya.assessment.bank.ItemInput;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The item bank pages for people with {@code ITEM_BANK_MANAGE}: the banks, one bank with its
 * categories and items (filtered, paged, with usage statistics), and the item editor with real
 * fields for every type, errors next to the fields and a preview of what learners see.
 */
@Controller
class ItemBankPageController {

    static final List<String> TYPES = List.of("single-choice", "multiple-response", "true-false", "numeric",
            "short-text", "essay", "matching", "ordering", "cloze", "case");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ItemBankService bank;

    ItemBankPageController(ItemBankService bank) {
        this.bank = bank;
    }

    /** The common fields of the editor, as typed. */
    record ItemForm(@Nullable String title, @Nullable String category, @Nullable String marks,
            @Nullable String negativeMarks, @Nullable String difficulty, @Nullable String primaryConcept,
            @Nullable String secondaryConcepts, @Nullable String explanation, @Nullable String source,
            @Nullable String year, @Nullable String locale) {

        static ItemForm empty() {
            return new ItemForm(null, null, "4", "1", "medium", null, null, null, null, null, "en");
        }

        static ItemForm of(ItemView item) {
            return new ItemForm(item.title(), item.category() == null ? null : item.category().toString(),
                    item.marks().stripTrailingZeros().toPlainString(),
                    item.negativeMarks().stripTrailingZeros().toPlainString(), item.difficulty(),
                    item.primaryConcept(), String.join(", ", item.secondaryConcepts()), item.explanation(),
                    item.source(), item.year() == null ? null : item.year().toString(), item.locale());
        }

        static ItemForm of(MultiValueMap<String, String> params) {
            return new ItemForm(params.getFirst("title"), params.getFirst("category"), params.getFirst("marks"),
                    params.getFirst("negativeMarks"), params.getFirst("difficulty"), params.getFirst("primaryConcept"),
                    params.getFirst("secondaryConcepts"), params.getFirst("explanation"), params.getFirst("source"),
                    params.getFirst("year"), params.getFirst("locale"));
        }
    }

    // ---- banks

    @GetMapping("/item-banks")
    String banks(Model model) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        model.addAttribute("banks", bank.banks());
        model.addAttribute("errors", model.containsAttribute("errors") ? model.getAttribute("errors") : FormErrors.NONE);
        return "assessment/bank/banks";
    }

    @PostMapping("/item-banks")
    String createBank(@RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String description, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        try {
            BankView created = bank.createBank(new ItemBankService.BankFields(name, description));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("itembank.notice.bankCreated", created.name()));
            return "redirect:/item-banks/" + created.id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            response.setStatus(e.status().value());
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("name", name);
            model.addAttribute("description", description);
            return banks(model);
        }
    }

    @GetMapping("/item-banks/{id}")
    String bank(@PathVariable UUID id, @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String concept,
            @RequestParam(required = false) @Nullable String difficulty,
            @RequestParam(required = false) @Nullable UUID category,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor, Model model) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ItemBankId bankId = new ItemBankId(id);
        model.addAttribute("bank", bank.bank(bankId));
        model.addAttribute("categories", bank.categories(bankId));
        ItemFilter filter = new ItemFilter(blank(type), blank(concept), blank(difficulty), category, blank(q));
        model.addAttribute("filter", filter);
        model.addAttribute("types", TYPES);
        FormErrors errors = model.containsAttribute("errors") ? (FormErrors) model.getAttribute("errors") : FormErrors.NONE;
        CursorPage<ItemView> page;
        try {
            page = bank.items(bankId, filter, blank(cursor), 50);
        } catch (ApiException e) {
            if (e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            errors = FormErrors.of(e);
            page = new CursorPage<>(List.of(), null);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("page", page);
        return "assessment/bank/bank";
    }

    @PostMapping("/item-banks/{id}/categories")
    String createCategory(@PathVariable UUID id, @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable UUID parentId, RedirectAttributes redirect) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        try {
            var created = bank.createCategory(new ItemBankId(id), new ItemBankService.CategoryFields(name, parentId));
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("itembank.notice.categoryCreated", created.path()));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            redirect.addFlashAttribute("errors", FormErrors.of(e));
        }
        return "redirect:/item-banks/" + id;
    }

    // ---- the editor

    @GetMapping("/item-banks/{id}/items/new")
    String newItem(@PathVariable UUID id, @RequestParam(required = false) @Nullable String type, Model model) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        String chosen = type != null && TYPES.contains(type) ? type : "single-choice";
        return editor(bank.bank(new ItemBankId(id)), null, chosen, ItemForm.empty(), starter(chosen), FormErrors.NONE,
                null, model);
    }

    @GetMapping("/items/{id}/edit")
    String editItem(@PathVariable UUID id, Model model) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ItemView item = bank.item(new ItemId(id));
        return editor(bank.bank(new ItemBankId(item.bank())), item, item.type(), ItemForm.of(item), item.body(),
                FormErrors.NONE, null, model);
    }

    /** Saves a new item, or (with {@code action=preview}) shows what learners would see of it. */
    @PostMapping("/item-banks/{id}/items")
    String createItem(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        BankView shown = bank.bank(new ItemBankId(id));
        return save(shown, null, params, model, response, redirect);
    }

    @PostMapping("/items/{id}")
    String updateItem(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ItemView item = bank.item(new ItemId(id));
        return save(bank.bank(new ItemBankId(item.bank())), item, params, model, response, redirect);
    }

    @PostMapping("/items/{id}/delete")
    String deleteItem(@PathVariable UUID id, RedirectAttributes redirect) {
        PageAccess.require(Permission.ITEM_BANK_MANAGE);
        ItemView item = bank.item(new ItemId(id));
        bank.deleteItem(new ItemId(id));
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("itembank.notice.itemRetired",
                item.title() == null ? "" : item.title()));
        return "redirect:/item-banks/" + item.bank();
    }

    private String save(BankView shown, @Nullable ItemView item, MultiValueMap<String, String> params, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String type = params.getFirst("type");
        if (type == null || !TYPES.contains(type)) {
            type = item == null ? "single-choice" : item.type();
        }
        ItemForm form = ItemForm.of(params);
        JsonNode body = Json.empty();
        boolean preview = "preview".equals(params.getFirst("action"));
        try {
            body = BodyForm.read(params);
            if (preview) {
                ItemBankService.Preview rendered = bank.previewDraft(type, body, 1L);
                return editor(shown, item, type, form, body, FormErrors.NONE, rendered, model);
            }
            ItemInput input = input(type, body, form);
            ItemView saved = item == null ? bank.createItem(new ItemBankId(shown.id()), input)
                    : bank.updateItem(new ItemId(item.id()), input);
            redirect.addFlashAttribute(Notice.FLASH, Notice.of(item == null ? "itembank.notice.itemCreated"
                    : "itembank.notice.itemSaved", saved.title() == null ? "" : saved.title()));
            return "redirect:/item-banks/" + shown.id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
                throw e;
            }
            // A preview that fails is still a preview: its problems go into the preview area (which
            // htmx swaps in), while a failed save answers with the problem's status.
            if (!preview) {
                response.setStatus(e.status().value());
            }
            model.addAttribute("previewErrors", preview ? FormErrors.of(e) : null);
            return editor(shown, item, type, form, body, FormErrors.of(e), null, model);
        }
    }

    private static ItemInput input(String type, JsonNode body, ItemForm form) {
        List<String> secondary = new ArrayList<>();
        if (form.secondaryConcepts() != null) {
            Arrays.stream(form.secondaryConcepts().split("[,\\s]+")).filter(s -> !s.isBlank()).forEach(secondary::add);
        }
        return new ItemInput(type, body, blank(form.locale()), null, blank(form.title()),
                uuid(form.category(), "category"), decimal(form.marks(), "marks"),
                decimal(form.negativeMarks(), "negativeMarks"), blank(form.difficulty()), null,
                blank(form.primaryConcept()), secondary, blank(form.explanation()), blank(form.source()),
                whole(form.year(), "year"));
    }

    private String editor(BankView shown, @Nullable ItemView item, String type, ItemForm form, JsonNode body,
            FormErrors errors, ItemBankService.@Nullable Preview preview, Model model) {
        model.addAttribute("bank", shown);
        model.addAttribute("item", item);
        model.addAttribute("type", type);
        model.addAttribute("fragment", type.replace('-', '_'));
        model.addAttribute("types", TYPES);
        model.addAttribute("form", form);
        model.addAttribute("body", Json.toMap(body));
        model.addAttribute("categories", bank.categories(new ItemBankId(shown.id())));
        model.addAttribute("errors", errors);
        model.addAttribute("preview", preview == null ? null : Json.toMap(preview.body()));
        model.addAttribute("ids", new Ids());
        model.addAttribute("json", new JsonText());
        return "assessment/bank/editor";
    }

    /** Fresh option ids for the editor's blank rows. */
    static final class Ids {
        public String next() {
            return BodyForm.newId();
        }
    }

    /** JSON text of a part of a body, for the editor's JSON fields. */
    static final class JsonText {
        public String text(Object value) {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        }
    }

    /** A body to start a new item of a type from: the rows it needs, blank. */
    private static JsonNode starter(String type) {
        ObjectNode body = JSON.createObjectNode();
        switch (type) {
            case "single-choice", "multiple-response" -> body.put("shuffle", true);
            case "numeric" -> body.putArray("answers").addObject().put("tolerance", 0).put("fraction", 1);
            case "short-text" -> body.putArray("answers").addObject().put("fraction", 1);
            case "matching" -> body.put("shuffle", true);
            case "ordering" -> body.put("grading", "all-or-nothing");
            default -> {
            }
        }
        return body;
    }

    private static final class Json {

        static JsonNode empty() {
            return JSON.createObjectNode();
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> toMap(JsonNode node) {
            if (node == null || !node.isObject()) {
                return new LinkedHashMap<>();
            }
            return JSON.convertValue(node, Map.class);
        }
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable UUID uuid(@Nullable String value, String field) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "unknown-category", "is not a category of this bank");
        }
    }

    private static @Nullable BigDecimal decimal(@Nullable String value, String field) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "wrong-type", "must be a number");
        }
    }

    private static @Nullable Integer whole(@Nullable String value, String field) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(field, "wrong-type", "must be a whole number");
        }
    }
}
