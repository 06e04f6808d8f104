package org.vidya.assessment.bank;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;
import org.vidya.platform.TenantTransactions;

/**
 * The bank as tests, attempts, grading and import and export use it: items by id and by
 * blueprint rule, usage statistics written back, and items saved and read as drafts. Who may see
 * and change which bank is decided as in {@link ItemBankService}.
 */
@Service
public class BankItems implements ItemCatalog, ItemBankImports {

    private final ItemBankService authoring;
    private final ItemBanks banks;
    private final ItemCategories categories;
    private final Items items;
    private final ItemRules rules;
    private final TenantTransactions transactions;
    private final Clock clock;

    BankItems(ItemBankService authoring, ItemBanks banks, ItemCategories categories, Items items, ItemTypes types,
            TenantTransactions transactions, Clock clock) {
        this.authoring = authoring;
        this.banks = banks;
        this.categories = categories;
        this.items = items;
        this.rules = new ItemRules(types);
        this.transactions = transactions;
        this.clock = clock;
    }

    // ---- ItemCatalog

    @Override
    public List<ItemSnapshot> items(Collection<ItemId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<UUID> wanted = new LinkedHashSet<>();
        ids.forEach(id -> wanted.add(id.value()));
        Map<UUID, ItemSnapshot> found = new HashMap<>();
        for (TenantId owner : ItemBankService.owners()) {
            Set<UUID> missing = new LinkedHashSet<>(wanted);
            missing.removeAll(found.keySet());
            if (missing.isEmpty()) {
                break;
            }
            transactions.read(owner, () -> items.findByIdInAndRetiredFalse(missing).stream()
                    .map(item -> snapshot(item, owner)).toList()).forEach(s -> found.put(s.id().value(), s));
        }
        List<ItemSnapshot> ordered = new ArrayList<>();
        for (ItemId id : ids) {
            ItemSnapshot snapshot = found.get(id.value());
            if (snapshot != null) {
                ordered.add(snapshot);
            }
        }
        return ordered;
    }

    @Override
    public List<ItemSnapshot> candidates(ItemBankId bank, @Nullable String concept, @Nullable Difficulty difficulty,
            @Nullable UUID category, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        for (TenantId owner : ItemBankService.owners()) {
            List<ItemSnapshot> found = transactions.read(owner, () -> {
                if (!banks.existsById(bank.value())) {
                    return null;
                }
                return authoring.query(bank.value(), null, ItemBankService.blankToNull(concept), difficulty, category, null, null, limit)
                        .stream().map(item -> snapshot(item, owner)).toList();
            });
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    @Override
    public void recordStatistics(ItemId item, long exposures, double facility, @Nullable Double discrimination) {
        double f = Math.max(0, Math.min(1, facility));
        Double d = discrimination == null || discrimination.isNaN() ? null
                : Math.max(-1, Math.min(1, discrimination));
        for (TenantId owner : ItemBankService.owners()) {
            boolean done = transactions.write(owner, () -> items.findById(item.value()).map(found -> {
                found.recordStatistics(Math.max(0, exposures), f, d);
                return true;
            }).orElse(false));
            if (done) {
                return;
            }
        }
    }

    private ItemSnapshot snapshot(Item item, TenantId owner) {
        return new ItemSnapshot(new ItemId(item.id()), item.itemVersion(), new ItemBankId(item.bankId()),
                item.categoryId(), item.type(), ItemJson.read(item.body()), item.locale(),
                ItemJson.translations(item.translations()), item.marks(), item.negativeMarks(), item.difficulty(),
                item.irt(), item.primaryConcept(), item.secondaryConcepts(), item.explanation(), owner);
    }

    // ---- ItemBankImports

    @Override
    public void requireWritable(ItemBankId bank) {
        ItemBankService.requireAuthor();
        authoring.writableBank(bank.value());
    }

    @Override
    public void requireReadable(ItemBankId bank) {
        ItemBankService.requireReader();
        authoring.locateBank(bank.value());
    }

    @Override
    public List<ItemId> save(ItemBankId id, List<ItemDraft> drafts) {
        ItemBankService.requireAuthor();
        ItemBankService.Located bank = authoring.writableBank(id.value());
        if (drafts.size() > ItemBankService.MAX_IMPORT) {
            throw ApiException.invalid("items", "too-many", "An import may have at most " + ItemBankService.MAX_IMPORT + " items.");
        }
        return transactions.write(bank.owner(), () -> {
            Map<String, ItemCategory> byPath = new HashMap<>();
            categories.findByBankIdOrderByPath(bank.id()).forEach(c -> byPath.put(c.path(), c));
            List<FieldViolation> problems = new ArrayList<>();
            List<CheckedItem> checked = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                ItemDraft draft = drafts.get(i);
                String prefix = "items[" + i + "].";
                UUID category = null;
                if (draft.categoryPath() != null && !draft.categoryPath().isBlank()) {
                    try {
                        category = categoryByPath(bank, draft.categoryPath(), byPath).id();
                    } catch (ApiException e) {
                        problems.add(new FieldViolation(prefix + "categoryPath", "invalid-category", e.getMessage()));
                        continue;
                    }
                }
                ItemRules.Result result = rules.check(ItemInput.of(draft, category),
                        category == null ? Set.of() : Set.of(category), null, prefix);
                if (result.item() == null) {
                    problems.addAll(result.problems());
                } else {
                    checked.add(result.item());
                }
            }
            if (!problems.isEmpty()) {
                throw new ApiException(HttpStatus.valueOf(422), "invalid-items",
                        "Some items are not valid; nothing was saved.",
                        problems.subList(0, Math.min(problems.size(), ItemRules.MAX_REPORTED)), null);
            }
            List<ItemId> ids = new ArrayList<>();
            UUID by = CurrentUser.id().value();
            for (CheckedItem c : checked) {
                Item item = new Item(bank.owner().value(), bank.id(), by, clock.instant());
                item.apply(c, by, clock.instant(), true);
                items.save(item);
                authoring.saveConcepts(item, bank.owner());
                ids.add(new ItemId(item.id()));
            }
            return ids;
        });
    }

    private ItemCategory categoryByPath(ItemBankService.Located bank, String path, Map<String, ItemCategory> byPath) {
        ItemCategory parent = null;
        String sofar = null;
        String[] names = path.split("/");
        int depth = 0;
        for (String raw : names) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            depth++;
            name = ItemBankService.categoryName(name);
            sofar = sofar == null ? name : sofar + "/" + name;
            if (depth > ItemBankService.MAX_CATEGORY_DEPTH || sofar.length() > ItemBankService.MAX_CATEGORY_PATH) {
                throw ApiException.invalid("categoryPath", "too-deep", "is nested too deep");
            }
            ItemCategory existing = byPath.get(sofar);
            if (existing == null) {
                existing = categories.save(new ItemCategory(bank.owner().value(), bank.id(), parent, name,
                        clock.instant()));
                byPath.put(sofar, existing);
            }
            parent = existing;
        }
        if (parent == null) {
            throw ApiException.invalid("categoryPath", "required", "names no category");
        }
        return parent;
    }

    @Override
    public List<ItemDraft> export(ItemBankId id, @Nullable UUID category) {
        ItemBankService.requireReader();
        ItemBankService.Located bank = authoring.locateBank(id.value());
        return transactions.read(bank.owner(), () -> {
            Map<UUID, String> paths = new HashMap<>();
            categories.findByBankIdOrderByPath(bank.id()).forEach(c -> paths.put(c.id(), c.path()));
            List<Item> list;
            if (category == null) {
                list = items.findByBankIdAndRetiredFalseOrderById(bank.id());
            } else {
                if (!paths.containsKey(category)) {
                    throw ApiException.notFound("category-not-found", "There is no such category.");
                }
                list = authoring.query(bank.id(), null, null, null, category, null, null, Integer.MAX_VALUE);
            }
            return list.stream().map(item -> draft(item, paths)).toList();
        });
    }

    @Override
    public List<ItemDraft> exportItems(List<ItemId> ids) {
        ItemBankService.requireReader();
        Map<UUID, ItemDraft> found = new HashMap<>();
        for (TenantId owner : ItemBankService.owners()) {
            transactions.read(owner, () -> {
                List<Item> list = items.findByIdInAndRetiredFalse(ids.stream().map(ItemId::value).toList());
                Map<UUID, String> paths = new HashMap<>();
                list.stream().map(Item::bankId).distinct().forEach(bank -> categories.findByBankIdOrderByPath(bank)
                        .forEach(c -> paths.put(c.id(), c.path())));
                return list.stream().map(item -> draft(item, paths)).toList();
            }).forEach(d -> found.putIfAbsent(UUID.fromString(d.externalId()), d));
        }
        return ids.stream().map(id -> found.get(id.value())).filter(d -> d != null).toList();
    }

    private static ItemDraft draft(Item item, Map<UUID, String> paths) {
        Irt irt = item.irt();
        return new ItemDraft(item.id().toString(), item.type(), ItemJson.read(item.body()), item.title(),
                item.categoryId() == null ? null : paths.get(item.categoryId()), item.marks(), item.negativeMarks(),
                item.difficulty(), irt.calibrated() ? irt : null, item.primaryConcept(), item.secondaryConcepts(),
                item.explanation(), item.source(), item.year(), item.locale(),
                ItemJson.translations(item.translations()));
    }
}
