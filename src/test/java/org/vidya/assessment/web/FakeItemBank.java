package org.vidya.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.quiz.QuizImports;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.TenantId;

/**
 * Banks and tests in memory, per tenant, standing in for the bank and the tests of the assessment
 * module so that import and export are tested on their own: what was saved, in which bank, and
 * the 404 a bank of another tenant gives.
 */
public class FakeItemBank implements ItemBankImports, QuizImports {

    public record Saved(ItemId id, ItemDraft draft) {
    }

    private final Map<ItemBankId, TenantId> banks = new ConcurrentHashMap<>();
    private final Map<ItemBankId, List<Saved>> items = new ConcurrentHashMap<>();
    private final Map<QuizId, TenantId> quizOwners = new ConcurrentHashMap<>();
    private final Map<QuizId, Outline> quizzes = new ConcurrentHashMap<>();

    public ItemBankId newBank(TenantId tenant) {
        ItemBankId id = ItemBankId.random();
        banks.put(id, tenant);
        items.put(id, new ArrayList<>());
        return id;
    }

    /** Keeps the items of a bank made elsewhere (through the API, for the pages that show its name). */
    public void adopt(ItemBankId bank, TenantId tenant) {
        banks.put(bank, tenant);
        items.put(bank, new ArrayList<>());
    }

    public List<Saved> saved(ItemBankId bank) {
        return List.copyOf(items.getOrDefault(bank, List.of()));
    }

    public QuizId newQuiz(TenantId tenant, Outline outline) {
        QuizId id = QuizId.random();
        quizzes.put(id, outline);
        quizOwners.put(id, tenant);
        return id;
    }

    public @Nullable Outline quiz(QuizId id) {
        return quizzes.get(id);
    }

    @Override
    public void requireWritable(ItemBankId bank) {
        requireReadable(bank);
    }

    @Override
    public void requireReadable(ItemBankId bank) {
        if (!CurrentUser.tenant().equals(banks.get(bank))) {
            throw ApiException.notFound("item-bank-not-found", "No such item bank.");
        }
    }

    @Override
    public synchronized List<ItemId> save(ItemBankId bank, List<ItemDraft> drafts) {
        requireWritable(bank);
        List<ItemId> ids = new ArrayList<>();
        for (ItemDraft draft : drafts) {
            ItemId id = ItemId.random();
            ids.add(id);
            items.get(bank).add(new Saved(id, draft.withExternalId(id.toString())));
        }
        return ids;
    }

    @Override
    public List<ItemDraft> export(ItemBankId bank, @Nullable UUID category) {
        requireReadable(bank);
        return saved(bank).stream().map(Saved::draft).toList();
    }

    @Override
    public List<ItemDraft> exportItems(List<ItemId> ids) {
        Map<ItemId, ItemDraft> all = new LinkedHashMap<>();
        items.values().forEach(list -> list.forEach(saved -> all.put(saved.id(), saved.draft())));
        return ids.stream().map(all::get).filter(Objects::nonNull).toList();
    }

    @Override
    public QuizId createFixedForm(String title, List<Section> sections) {
        return newQuiz(CurrentUser.tenant(), new Outline(title, sections));
    }

    @Override
    public Outline outline(QuizId quiz) {
        if (!CurrentUser.tenant().equals(quizOwners.get(quiz))) {
            throw ApiException.notFound("quiz-not-found", "No such test.");
        }
        return Objects.requireNonNull(quizzes.get(quiz));
    }
}
