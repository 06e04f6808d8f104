package org.vidya.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.quiz.QuizKind;
import org.vidya.assessment.quiz.QuizService;
import org.vidya.assessment.quiz.TestListings;
import org.vidya.assessment.quiz.QuizSettings;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.assessment.quiz.ScheduleView;
import org.vidya.assessment.web.QuizForm.RuleForm;
import org.vidya.assessment.web.QuizForm.SectionForm;
import org.vidya.assessment.web.QuizPages.ItemRow;
import org.vidya.assessment.web.QuizPages.Option;
import org.vidya.assessment.web.QuizPages.QuizRow;
import org.vidya.assessment.web.QuizPages.ScheduleRow;
import org.vidya.assessment.web.QuizPages.SectionView;
import org.vidya.platform.ApiException;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;
import org.vidya.assessment.quiz.Codes;

/**
 * The test builder: my tests, and the form that makes or changes one. The form's buttons that
 * add, move and remove items, search a bank, add sections and rules, apply the JEE preset and
 * preview the paper send the whole form back and show it again unsaved, so it works without
 * scripts; only "Save the test" stores it.
 */
@Controller
class QuizPageController {

    private final QuizService quizzes;
    private final TestListings listings;
    private final BankChoices banks;
    private final PaperPreview previews;
    private final MessageSource messages;

    QuizPageController(QuizService quizzes, TestListings listings, BankChoices banks, PaperPreview previews,
            MessageSource messages) {
        this.quizzes = quizzes;
        this.listings = listings;
        this.banks = banks;
        this.previews = previews;
        this.messages = messages;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.TESTS_MANAGE);
    }

    @GetMapping("/quizzes")
    String list(Locale locale, Model model) {
        List<ScheduleView> taught = listings.schedulesITeach();
        Map<UUID, Long> scheduled = new HashMap<>();
        taught.forEach(s -> scheduled.merge(s.quizId(), 1L, Long::sum));
        List<QuizRow> rows = quizzes.list().stream().map(quiz -> new QuizRow(quiz.id(), quiz.spec().title(),
                Codes.of(quiz.spec().kind()), quiz.items(), scheduled.getOrDefault(quiz.id(), 0L).intValue()))
                .toList();
        List<ScheduleRow> schedules = taught.stream().map(ScheduleRow::of).toList();
        model.addAttribute("quizzes", rows);
        model.addAttribute("schedules", schedules);
        model.addAttribute("times", new QuizPages.QuizTimes(locale));
        return "assessment/teacher/quizzes";
    }

    @GetMapping("/quizzes/new")
    String newQuiz(Locale locale, Model model) {
        return render(model, null, QuizForm.blank(sectionTitle(1, locale)), null, FormErrors.NONE, locale);
    }

    @PostMapping("/quizzes")
    String create(@ModelAttribute("form") QuizForm form, @RequestParam(defaultValue = "save") String action,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!"save".equals(action)) {
            return rework(model, null, form, action, locale);
        }
        try {
            QuizView created = quizzes.create(form.spec());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("quizzes.notice.created", created.spec().title()));
            return "redirect:/quizzes/" + created.id();
        } catch (ApiException e) {
            return failed(model, null, form, e, response, locale);
        }
    }

    @GetMapping("/quizzes/{id}/edit")
    String edit(@PathVariable UUID id, Locale locale, Model model) {
        QuizView quiz = quizzes.get(new QuizId(id));
        return render(model, quiz, QuizForm.of(quiz), null, FormErrors.NONE, locale);
    }

    @PostMapping("/quizzes/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") QuizForm form,
            @RequestParam(defaultValue = "save") String action, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        QuizView current = quizzes.get(new QuizId(id));
        if (!"save".equals(action)) {
            return rework(model, current, form, action, locale);
        }
        try {
            QuizView saved = quizzes.update(new QuizId(id), form.spec());
            redirect.addFlashAttribute(Notice.FLASH, Notice.of("quizzes.notice.saved", saved.spec().title()));
            return "redirect:/quizzes/" + id;
        } catch (ApiException e) {
            return failed(model, current, form, e, response, locale);
        }
    }

    @PostMapping("/quizzes/{id}/delete")
    String delete(@PathVariable UUID id, RedirectAttributes redirect) {
        QuizView quiz = quizzes.get(new QuizId(id));
        try {
            quizzes.delete(new QuizId(id));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute(Notice.FAILURE, e.getMessage());
            return "redirect:/quizzes/" + id;
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("quizzes.notice.deleted", quiz.spec().title()));
        return "redirect:/quizzes";
    }

    // ---- rendering

    private String rework(Model model, @Nullable QuizView quiz, QuizForm form, String action, Locale locale) {
        int sections = form.getSections().size();
        form.apply(action);
        if (form.getSections().size() > sections) {
            form.getSections().getLast().setTitle(sectionTitle(form.getSections().size(), locale));
        }
        List<QuizPages.PreviewSection> preview = null;
        if ("preview".equals(action)) {
            try {
                preview = previews.of(form.spec(), locale.getLanguage());
            } catch (ApiException e) {
                return render(model, quiz, form.withBlankRows(), null, QuizPages.errors(e, form::formField), locale);
            }
        }
        return render(model, quiz, form.withBlankRows(), preview, FormErrors.NONE, locale,
                QuizForm.searchedSection(action));
    }

    private String failed(Model model, @Nullable QuizView quiz, QuizForm form, ApiException e,
            HttpServletResponse response, Locale locale) {
        if (e.status() == HttpStatus.NOT_FOUND || e.status() == HttpStatus.FORBIDDEN) {
            throw e;
        }
        response.setStatus(e.status().value());
        return render(model, quiz, form.withBlankRows(), null, QuizPages.errors(e, form::formField), locale);
    }

    private String render(Model model, @Nullable QuizView quiz, QuizForm form,
            @Nullable List<QuizPages.PreviewSection> preview, FormErrors errors, Locale locale) {
        return render(model, quiz, form, preview, errors, locale, -1);
    }

    private String render(Model model, @Nullable QuizView quiz, QuizForm form,
            @Nullable List<QuizPages.PreviewSection> preview, FormErrors errors, Locale locale, int searched) {
        List<Option> bankOptions = banks.banks();
        Map<String, List<Option>> categories = new LinkedHashMap<>();
        List<SectionView> views = new ArrayList<>();
        List<SectionForm> sections = form.getSections();
        for (int i = 0; i < sections.size(); i++) {
            SectionForm s = sections.get(i);
            List<ItemRow> picked = picked(s.getItems());
            List<ItemRow> results = i == searched ? search(s) : null;
            List<Option> searchCategories = categoriesOf(s.getSearchBank(), categories);
            List<@Nullable Integer> pools = new ArrayList<>();
            List<Boolean> tooSmall = new ArrayList<>();
            List<List<Option>> ruleCategories = new ArrayList<>();
            for (RuleForm r : s.getRules()) {
                Integer pool = pool(r);
                pools.add(pool);
                tooSmall.add(pool != null && pool < count(r.getCount()));
                ruleCategories.add(categoriesOf(r.getBank(), categories));
            }
            views.add(new SectionView(picked, results, searchCategories, pools, tooSmall, ruleCategories));
        }
        model.addAttribute("quiz", quiz == null ? null : new QuizRef(quiz.id()));
        model.addAttribute("form", form);
        model.addAttribute("views", views);
        model.addAttribute("banks", bankOptions);
        model.addAttribute("types", banks.types());
        model.addAttribute("difficulties", Arrays.stream(Difficulty.values()).map(Difficulty::code).toList());
        model.addAttribute("kinds", Arrays.stream(QuizKind.values()).map(Codes::of).toList());
        model.addAttribute("navigations", Arrays.stream(QuizSettings.Navigation.values()).map(Codes::of).toList());
        model.addAttribute("feedbackTimings",
                Arrays.stream(QuizSettings.FeedbackTiming.values()).map(Codes::of).toList());
        model.addAttribute("behaviours",
                Arrays.stream(QuizSettings.QuestionBehaviour.values()).map(Codes::of).toList());
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        return "assessment/teacher/quiz-form";
    }

    /** The test the form edits, for its links. */
    record QuizRef(UUID id) {
    }

    private List<ItemRow> picked(List<String> ids) {
        List<ItemId> parsed = new ArrayList<>();
        for (String id : ids) {
            try {
                parsed.add(ItemId.of(id));
            } catch (IllegalArgumentException e) {
                // Shown as missing below.
            }
        }
        Map<String, ItemRow> found = new LinkedHashMap<>();
        Map<String, String> titles = banks.titles(parsed);
        for (ItemSnapshot item : banks.items(parsed)) {
            found.put(item.id().toString(), ItemRow.of(item, titles.get(item.id().toString())));
        }
        return ids.stream().map(id -> found.getOrDefault(id, ItemRow.missing(id))).toList();
    }

    private @Nullable List<ItemRow> search(SectionForm s) {
        if (s.getSearchBank().isBlank()) {
            return List.of();
        }
        return banks.search(s.getSearchBank(), s.getSearchType(), s.getSearchConcept(), s.getSearchDifficulty(),
                s.getSearchCategory(), s.getSearchText());
    }

    private @Nullable Integer pool(RuleForm r) {
        if (r.getBank().isBlank()) {
            return null;
        }
        return banks.pool(r.getBank(), r.getConcept(), r.getDifficulty(), r.getCategory());
    }

    private static int count(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private List<Option> categoriesOf(String bank, Map<String, List<Option>> cache) {
        if (bank.isBlank()) {
            return List.of();
        }
        return cache.computeIfAbsent(bank, banks::categories);
    }

    private String sectionTitle(int number, Locale locale) {
        return messages.getMessage("quizzes.section.number", new Object[] {number}, locale);
    }
}
