package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.quiz.ItemKeyChange;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.TenantTransactions;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Item banks, their categories and items. People with {@code ITEM_BANK_MANAGE} change their
 * tenant's banks; they and people with {@code TESTS_MANAGE} read them and the platform's banks,
 * which only a platform admin acting outside any tenant changes. Tests, attempts and grading read
 * items, and import and export write and read them, through {@link BankItems}.
 * Another tenant's ids are "not found".
 */
@Service
public class ItemBankService {

    static final int MAX_NAME = 200;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_CATEGORY_DEPTH = 10;
    static final int MAX_CATEGORY_PATH = 2_000;
    static final int MAX_IMPORT = 2_000;

    // ---- views

    /** A bank as listed: whose it is and whether the caller may change it. */
    public record BankView(UUID id, boolean platformWide, boolean writable, String name,
            @Nullable String description, long items, Instant createdAt, Instant updatedAt) {
    }

    public record CategoryView(UUID id, @Nullable UUID parentId, String name, String path) {
    }

    /** Read-only usage statistics from item analysis. */
    public record Statistics(long exposures, @Nullable Double facility, @Nullable Double discrimination) {
    }

    /** An item with its keys, for authors. {@code version} counts changes of the body. */
    public record ItemView(UUID id, UUID bank, @Nullable UUID category, String type, JsonNode body,
            String locale, Map<String, JsonNode> translations, @Nullable String title, BigDecimal marks,
            BigDecimal negativeMarks, String difficulty, Irt irt, @Nullable String primaryConcept,
            List<String> secondaryConcepts, @Nullable String explanation, @Nullable String source,
            @Nullable Integer year, Statistics statistics, int version, boolean retired, boolean writable,
            Instant createdAt, Instant updatedAt) {
    }

    public record BankFields(@Nullable String name, @Nullable String description) {
    }

    public record CategoryFields(@Nullable String name, @Nullable UUID parentId) {
    }

    /** Filters of a bank's item list; {@code q} searches titles and bodies. */
    public record ItemFilter(@Nullable String type, @Nullable String concept, @Nullable String difficulty,
            @Nullable UUID category, @Nullable String q) {

        public static ItemFilter none() {
            return new ItemFilter(null, null, null, null, null);
        }
    }

    /** What a learner would see of an item. */
    public record Preview(String type, ObjectNode body) {
    }

    record Located(TenantId owner, UUID id, boolean writable) {
    }

    private final ItemBanks banks;
    private final ItemCategories categories;
    private final Items items;
    private final ItemConcepts concepts;
    private final ItemTypes types;
    private final ItemRules rules;
    private final TenantTransactions transactions;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemBankService(ItemBanks banks, ItemCategories categories, Items items, ItemConcepts concepts, ItemTypes types,
            TenantTransactions transactions, EntityManager entityManager, ApplicationEventPublisher events,
            Clock clock) {
        this.banks = banks;
        this.categories = categories;
        this.items = items;
        this.concepts = concepts;
        this.types = types;
        this.rules = new ItemRules(types);
        this.transactions = transactions;
        this.entityManager = entityManager;
        this.events = events;
        this.clock = clock;
    }

    // ---- banks

    public List<BankView> banks() {
        requireReader();
        List<BankView> all = new ArrayList<>();
        TenantId home = homeOrNull();
        for (TenantId owner : owners()) {
            all.addAll(transactions.read(owner, () -> banks.findAllByOrderByName().stream()
                    .map(b -> view(b, owner, owner.equals(home))).toList()));
        }
        return all;
    }

    public BankView bank(ItemBankId id) {
        requireReader();
        Located bank = locateBank(id.value());
        return transactions.read(bank.owner(), () -> view(banks.findById(bank.id()).orElseThrow(), bank.owner(),
                bank.writable()));
    }

    public BankView createBank(BankFields fields) {
        requireAuthor();
        TenantId home = home();
        String name = checkBank(fields);
        return transactions.write(home, () -> {
            ItemBank bank = banks.save(new ItemBank(home.value(), name, blankToNull(fields.description()),
                    CurrentUser.id().value(), clock.instant()));
            return view(bank, home, true);
        });
    }

    public BankView updateBank(ItemBankId id, BankFields fields) {
        requireAuthor();
        Located bank = writableBank(id.value());
        String name = checkBank(fields);
        return transactions.write(bank.owner(), () -> {
            ItemBank row = banks.findById(bank.id()).orElseThrow(() -> bankNotFound());
            row.update(name, blankToNull(fields.description()), CurrentUser.id().value(), clock.instant());
            return view(row, bank.owner(), true);
        });
    }

    /** Deletes a bank that has no items left (retired items go with it). */
    public void deleteBank(ItemBankId id) {
        requireAuthor();
        Located bank = writableBank(id.value());
        transactions.write(bank.owner(), () -> {
            if (items.countByBankIdAndRetiredFalse(bank.id()) > 0) {
                throw ApiException.conflict("bank-not-empty", "Delete the bank's items first.");
            }
            entityManager.createQuery("delete from ItemConcept c where c.bankId = ?1").setParameter(1, bank.id())
                    .executeUpdate();
            entityManager.createQuery("delete from Item i where i.bankId = ?1").setParameter(1, bank.id())
                    .executeUpdate();
            List<ItemCategory> tree = categories.findByBankIdOrderByPath(bank.id());
            // children before parents: longest paths first
            tree.sort((a, b) -> Integer.compare(b.path().length(), a.path().length()));
            tree.forEach(c -> {
                categories.delete(c);
                categories.flush();
            });
            banks.deleteById(bank.id());
            return null;
        });
    }

    private String checkBank(BankFields fields) {
        List<FieldViolation> errors = new ArrayList<>();
        String name = fields.name() == null ? "" : fields.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldViolation("name", "required", "is required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldViolation("name", "too-long", "must be at most " + MAX_NAME + " characters"));
        }
        if (fields.description() != null && fields.description().length() > MAX_DESCRIPTION) {
            errors.add(new FieldViolation("description", "too-long", "must be at most " + MAX_DESCRIPTION
                    + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return name;
    }

    private BankView view(ItemBank bank, TenantId owner, boolean writable) {
        return new BankView(bank.id(), TenantId.PLATFORM.equals(owner), writable, bank.name(),
                bank.description(), items.countByBankIdAndRetiredFalse(bank.id()), bank.createdAt(),
                bank.updatedAt());
    }

    // ---- categories

    public List<CategoryView> categories(ItemBankId id) {
        requireReader();
        Located bank = locateBank(id.value());
        return transactions.read(bank.owner(), () -> categories.findByBankIdOrderByPath(bank.id()).stream()
                .map(ItemBankService::view).toList());
    }

    public CategoryView createCategory(ItemBankId id, CategoryFields fields) {
        requireAuthor();
        Located bank = writableBank(id.value());
        return transactions.write(bank.owner(), () -> {
            String name = categoryName(fields.name());
            ItemCategory parent = null;
            if (fields.parentId() != null) {
                parent = categories.findById(fields.parentId()).filter(c -> c.bankId().equals(bank.id()))
                        .orElseThrow(() -> ApiException.invalid("parentId", "unknown-category",
                                "is not a category of this bank"));
            }
            String path = parent == null ? name : parent.path() + "/" + name;
            checkPath(path, bank.id(), null);
            return view(categories.save(new ItemCategory(bank.owner().value(), bank.id(), parent, name,
                    clock.instant())));
        });
    }

    /** Renames a category and, when {@code parentId} differs, moves it (with its sub-categories). */
    public CategoryView updateCategory(ItemBankId id, UUID categoryId, CategoryFields fields) {
        requireAuthor();
        Located bank = writableBank(id.value());
        return transactions.write(bank.owner(), () -> {
            ItemCategory category = findCategory(bank.id(), categoryId);
            String name = categoryName(fields.name());
            List<ItemCategory> all = categories.findByBankIdOrderByPath(bank.id());
            ItemCategory parent = null;
            if (fields.parentId() != null) {
                parent = all.stream().filter(c -> c.id().equals(fields.parentId())).findFirst()
                        .orElseThrow(() -> ApiException.invalid("parentId", "unknown-category",
                                "is not a category of this bank"));
                if (parent.id().equals(category.id()) || parent.path().startsWith(category.path() + "/")) {
                    throw ApiException.invalid("parentId", "cycle", "cannot be the category itself or below it");
                }
            }
            String oldPath = category.path();
            String newPath = parent == null ? name : parent.path() + "/" + name;
            checkPath(newPath, bank.id(), category.id());
            category.moveTo(parent == null ? null : parent.id(), name, newPath);
            for (ItemCategory below : all) {
                if (below.path().startsWith(oldPath + "/")) {
                    String moved = newPath + below.path().substring(oldPath.length());
                    if (moved.length() > MAX_CATEGORY_PATH) {
                        throw ApiException.invalid("name", "too-long", "makes a sub-category's path too long");
                    }
                    below.movePath(moved);
                }
            }
            return view(category);
        });
    }

    /** Deletes an empty category: no sub-categories and no items (retired items lose their category). */
    public void deleteCategory(ItemBankId id, UUID categoryId) {
        requireAuthor();
        Located bank = writableBank(id.value());
        transactions.write(bank.owner(), () -> {
            ItemCategory category = findCategory(bank.id(), categoryId);
            boolean children = categories.findByBankIdOrderByPath(bank.id()).stream()
                    .anyMatch(c -> category.id().equals(c.parentId()));
            if (children || items.existsByCategoryIdAndRetiredFalse(category.id())) {
                throw ApiException.conflict("category-not-empty", "Move or delete what is in the category first.");
            }
            items.clearCategory(category.id());
            categories.delete(category);
            return null;
        });
    }

    private ItemCategory findCategory(UUID bank, UUID id) {
        return categories.findById(id).filter(c -> c.bankId().equals(bank))
                .orElseThrow(() -> ApiException.notFound("category-not-found", "There is no such category."));
    }

    static String categoryName(@Nullable String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw ApiException.invalid("name", "required", "is required");
        }
        if (name.length() > MAX_NAME) {
            throw ApiException.invalid("name", "too-long", "must be at most " + MAX_NAME + " characters");
        }
        if (name.contains("/") || name.chars().anyMatch(ch -> ch < 0x20)) {
            throw ApiException.invalid("name", "invalid-name", "may not contain '/' or control characters");
        }
        return name;
    }

    private void checkPath(String path, UUID bank, @Nullable UUID self) {
        if (path.length() > MAX_CATEGORY_PATH || path.split("/").length > MAX_CATEGORY_DEPTH) {
            throw ApiException.invalid("name", "too-deep", "categories nest at most " + MAX_CATEGORY_DEPTH
                    + " deep, with paths of at most " + MAX_CATEGORY_PATH + " characters");
        }
        categories.findByBankIdAndPath(bank, path).filter(other -> !other.id().equals(self)).ifPresent(other -> {
            throw new ApiException(HttpStatus.CONFLICT, "category-exists", "The bank already has this category.",
                    List.of(new FieldViolation("name", "taken", "is taken by another category here")), null);
        });
    }

    private static CategoryView view(ItemCategory c) {
        return new CategoryView(c.id(), c.parentId(), c.name(), c.path());
    }

    // ---- items

    public CursorPage<ItemView> items(ItemBankId id, ItemFilter filter, @Nullable String cursor,
            @Nullable Integer limit) {
        requireReader();
        int size = CursorPage.limit(limit);
        UUID after = CursorPage.after(cursor);
        Located bank = locateBank(id.value());
        List<FieldViolation> errors = new ArrayList<>();
        if (filter.type() != null && !filter.type().isBlank() && types.find(filter.type()).isEmpty()) {
            errors.add(new FieldViolation("type", "unknown-item-type", "is not an item type"));
        }
        Difficulty difficulty = null;
        if (filter.difficulty() != null && !filter.difficulty().isBlank()) {
            try {
                difficulty = Difficulty.fromCode(filter.difficulty());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldViolation("difficulty", "unknown-value", "must be easy, medium or hard"));
            }
        }
        if (filter.q() != null && filter.q().length() > 200) {
            errors.add(new FieldViolation("q", "too-long", "must be at most 200 characters"));
        }
        if (filter.concept() != null && filter.concept().length() > 100) {
            errors.add(new FieldViolation("concept", "too-long", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Difficulty level = difficulty;
        return transactions.read(bank.owner(), () -> {
            List<Item> found = query(bank.id(), blankToNull(filter.type()), blankToNull(filter.concept()), level,
                    filter.category(), blankToNull(filter.q()), after, size + 1);
            return CursorPage.of(found, size, Item::id, item -> view(item, bank.owner(), bank.writable()));
        });
    }

    public ItemView item(ItemId id) {
        requireReader();
        Located item = locateItem(id.value());
        return transactions.read(item.owner(), () -> view(items.findById(item.id()).orElseThrow(), item.owner(),
                item.writable()));
    }

    public ItemView createItem(ItemBankId id, ItemInput input) {
        requireAuthor();
        Located bank = writableBank(id.value());
        return transactions.write(bank.owner(), () -> {
            CheckedItem checked = check(input, bank.id(), null, "");
            Item item = new Item(bank.owner().value(), bank.id(), CurrentUser.id().value(), clock.instant());
            item.apply(checked, CurrentUser.id().value(), clock.instant(), true);
            items.save(item);
            saveConcepts(item, bank.owner());
            return view(item, bank.owner(), true);
        });
    }

    /**
     * Changes an item. A change to its body (or type or translations) makes a new version and
     * publishes {@link ItemKeyChange}, so that attempts that used the item are regraded.
     */
    public ItemView updateItem(ItemId id, ItemInput input) {
        requireAuthor();
        Located located = locateItem(id.value());
        if (!located.writable()) {
            throw readOnly();
        }
        return transactions.write(located.owner(), () -> {
            Item item = items.findById(located.id()).filter(i -> !i.retired()).orElseThrow(() -> itemNotFound());
            CheckedItem checked = check(input, item.bankId(), item.irt(), "");
            boolean keyChanged = item.apply(checked, CurrentUser.id().value(), clock.instant(), false);
            items.save(item);
            concepts.deleteByItem(item.id());
            saveConcepts(item, located.owner());
            if (keyChanged) {
                events.publishEvent(new ItemKeyChange(new ItemId(item.id()), item.itemVersion(),
                        ItemJson.read(item.body())));
            }
            return view(item, located.owner(), true);
        });
    }

    /** Retires an item: tests no longer draw it; attempts keep the copy they were given. */
    public void deleteItem(ItemId id) {
        requireAuthor();
        Located located = locateItem(id.value());
        if (!located.writable()) {
            throw readOnly();
        }
        transactions.write(located.owner(), () -> {
            Item item = items.findById(located.id()).filter(i -> !i.retired()).orElseThrow(() -> itemNotFound());
            item.retire(CurrentUser.id().value(), clock.instant());
            concepts.deleteByItem(item.id());
            return null;
        });
    }

    /** The learner's view of an item, in a language when it has that translation, shuffled by {@code seed}. */
    public Preview preview(ItemId id, long seed, @Nullable String language) {
        requireReader();
        if (language != null && language.length() > 16) {
            throw ApiException.invalid("locale", "invalid-locale", "must be a language tag such as en or hi");
        }
        Located located = locateItem(id.value());
        return transactions.read(located.owner(), () -> {
            Item item = items.findById(located.id()).orElseThrow(() -> itemNotFound());
            JsonNode body = ItemJson.read(item.body());
            if (language != null) {
                body = ItemJson.translations(item.translations()).getOrDefault(language, body);
            }
            return new Preview(item.type(), types.get(item.type()).render(body, new RenderContext(seed, true)));
        });
    }

    /** The learner's view of an item not saved yet: 400 with the body's problems when it is not valid. */
    public Preview previewDraft(@Nullable String type, @Nullable JsonNode body, long seed) {
        requireReader();
        if (type == null || types.find(type).isEmpty()) {
            throw ApiException.invalid("type", "unknown-item-type", "is not an item type");
        }
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "not-an-object", "must be an object");
        }
        ItemType itemType = types.get(type);
        List<FieldViolation> problems = itemType.validate(body).stream()
                .map(v -> new FieldViolation(v.field().isEmpty() ? "body" : "body." + v.field(), v.code(), v.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new Preview(type, itemType.render(body, new RenderContext(seed, true)));
    }

    /** Every item type: its id and whether it scores itself. */
    public List<Map<String, Object>> itemTypes() {
        requireReader();
        List<Map<String, Object>> list = new ArrayList<>();
        for (String id : types.ids()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", id);
            entry.put("autoGraded", types.get(id).autoGraded());
            list.add(entry);
        }
        return list;
    }

    private CheckedItem check(ItemInput input, UUID bank, @Nullable Irt calibrated, String prefix) {
        Set<UUID> known = new HashSet<>();
        if (input.category() != null) {
            categories.findById(input.category()).filter(c -> c.bankId().equals(bank)).ifPresent(c -> known.add(c.id()));
        }
        ItemRules.Result result = rules.check(input, known, calibrated, prefix);
        if (result.item() == null) {
            throw ApiException.invalid(result.problems());
        }
        return result.item();
    }

    void saveConcepts(Item item, TenantId owner) {
        Set<String> keys = new LinkedHashSet<>();
        if (item.primaryConcept() != null) {
            keys.add(item.primaryConcept());
        }
        keys.addAll(item.secondaryConcepts());
        for (String key : keys) {
            concepts.save(new ItemConcept(owner.value(), item.bankId(), item.id(), key));
        }
    }

    private ItemView view(Item item, TenantId owner, boolean writable) {
        return new ItemView(item.id(), item.bankId(), item.categoryId(), item.type(),
                ItemJson.read(item.body()), item.locale(), ItemJson.translations(item.translations()), item.title(),
                item.marks(), item.negativeMarks(), item.difficulty().code(), item.irt(), item.primaryConcept(),
                item.secondaryConcepts(), item.explanation(), item.source(), item.year(),
                new Statistics(item.exposures(), item.facility(), item.discrimination()), item.itemVersion(),
                item.retired(), writable && !item.retired(), item.createdAt(), item.updatedAt());
    }

    // A bank may hold 100k items: the list and the candidates are one indexed query each, never a
    // scan in memory. Concepts go through assessment_item_concept (primary and secondary keys).
    List<Item> query(UUID bank, @Nullable String type, @Nullable String concept,
            @Nullable Difficulty difficulty, @Nullable UUID category, @Nullable String q, @Nullable UUID after,
            int max) {
        StringBuilder jpql = new StringBuilder("select i from Item i where i.bankId = :bank and i.retired = false");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("bank", bank);
        if (after != null) {
            jpql.append(" and i.id > :after");
            parameters.put("after", after);
        }
        if (type != null) {
            jpql.append(" and i.type = :type");
            parameters.put("type", type);
        }
        if (concept != null) {
            jpql.append(" and i.id in (select c.itemId from ItemConcept c where c.bankId = :bank and c.concept = :concept)");
            parameters.put("concept", concept.strip());
        }
        if (difficulty != null) {
            jpql.append(" and i.difficulty = :difficulty");
            parameters.put("difficulty", difficulty);
        }
        if (category != null) {
            List<UUID> within = categoryAndBelow(bank, category);
            if (within.isEmpty()) {
                return List.of();
            }
            jpql.append(" and i.categoryId in :categories");
            parameters.put("categories", within);
        }
        if (q != null) {
            jpql.append(" and (lower(i.title) like :q escape '!' or lower(i.body) like :q escape '!')");
            parameters.put("q", "%" + q.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        jpql.append(" order by i.id");
        TypedQuery<Item> query = entityManager.createQuery(jpql.toString(), Item.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    private List<UUID> categoryAndBelow(UUID bank, UUID category) {
        List<ItemCategory> all = categories.findByBankIdOrderByPath(bank);
        Optional<ItemCategory> root = all.stream().filter(c -> c.id().equals(category)).findFirst();
        if (root.isEmpty()) {
            return List.of();
        }
        String prefix = root.get().path() + "/";
        return all.stream().filter(c -> c.id().equals(category) || c.path().startsWith(prefix)).map(ItemCategory::id)
                .toList();
    }

    // ---- who sees what

    Located locateBank(UUID id) {
        TenantId home = homeOrNull();
        for (TenantId owner : owners()) {
            if (transactions.read(owner, () -> banks.existsById(id))) {
                return new Located(owner, id, owner.equals(home));
            }
        }
        throw bankNotFound();
    }

    Located writableBank(UUID id) {
        Located bank = locateBank(id);
        if (!bank.writable()) {
            throw readOnly();
        }
        return bank;
    }

    private Located locateItem(UUID id) {
        TenantId home = homeOrNull();
        for (TenantId owner : owners()) {
            if (transactions.read(owner, () -> items.existsById(id))) {
                return new Located(owner, id, owner.equals(home));
            }
        }
        throw itemNotFound();
    }

    /** Whose banks the current reader sees: their tenant's, then the platform's. */
    static List<TenantId> owners() {
        TenantId tenant = Tenancy.current().orElse(null);
        if (tenant == null) {
            boolean platformAdmin = CurrentUser.find().map(VidyaPrincipal::isPlatformAdmin).orElse(false);
            return platformAdmin ? List.of(TenantId.PLATFORM) : List.of();
        }
        return tenant.equals(TenantId.PLATFORM) ? List.of(TenantId.PLATFORM) : List.of(tenant, TenantId.PLATFORM);
    }

    /** Where the current person writes: their tenant, or the platform for a platform admin outside tenants. */
    private static @Nullable TenantId homeOrNull() {
        TenantId tenant = Tenancy.current().orElse(null);
        if (tenant != null) {
            return tenant;
        }
        return CurrentUser.find().filter(VidyaPrincipal::isPlatformAdmin).map(p -> TenantId.PLATFORM).orElse(null);
    }

    private static TenantId home() {
        TenantId home = homeOrNull();
        if (home == null) {
            throw ApiException.forbidden("tenant-required", "Choose a school or organization first.");
        }
        return home;
    }

    static void requireReader() {
        VidyaPrincipal me = CurrentUser.get();
        if (!me.has(Permission.ITEM_BANK_MANAGE) && !me.has(Permission.TESTS_MANAGE)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }

    static void requireAuthor() {
        if (!CurrentUser.get().has(Permission.ITEM_BANK_MANAGE)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }

    private static ApiException bankNotFound() {
        return ApiException.notFound("item-bank-not-found", "There is no such item bank.");
    }

    private static ApiException itemNotFound() {
        return ApiException.notFound("item-not-found", "There is no such item.");
    }

    private static ApiException readOnly() {
        return ApiException.forbidden("bank-read-only", "This bank is the platform's: it can be used but not changed.");
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
