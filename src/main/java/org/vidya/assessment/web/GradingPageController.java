package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.grading.AttemptResult;
import org.vidya.assessment.grading.GradingQueue;
import org.vidya.assessment.grading.GradingQueue.TaskSummary;
import org.vidya.assessment.grading.GradingQueue.TaskView;
import org.vidya.assessment.grading.Results;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.QuizService;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.assessment.web.QuizPages.QuizTimes;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

import tools.jackson.databind.JsonNode;

/**
 * The grading queue: essay and case answers waiting for a person across the schedules the
 * teacher may grade, one answer at a time with its rubric as a grid of levels ("Save and next"),
 * and an attempt's item scores with a form to change any of them.
 */
@Controller
class GradingPageController {

    /** Most waiting answers the queue page lists. */
    static final int SHOWN = 200;

    private final GradingQueue queue;
    private final Results results;
    private final QuizService quizzes;
    private final AttemptLedger ledger;
    private final IdentityManagement identity;

    GradingPageController(GradingQueue queue, Results results, QuizService quizzes, @Lazy AttemptLedger ledger,
            IdentityManagement identity) {
        this.queue = queue;
        this.results = results;
        this.quizzes = quizzes;
        this.ledger = ledger;
        this.identity = identity;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.TESTS_MANAGE);
    }

    /** A waiting answer in the queue's table. */
    record TaskRow(UUID id, String quizTitle, String learner, String slot, String type, Instant submittedAt) {
    }

    /** A rubric criterion with its levels, read from the item's body. */
    record Criterion(String id, String title, List<Level> levels) {
    }

    record Level(String id, String title, BigDecimal points) {
    }

    /** The grading form as sent: a level per criterion ({@code level-<criterion id>}) or marks, and feedback. */
    record TaskInput(Map<String, String> levels, String marks, String feedback) {

        public boolean picked(String criterion, String level) {
            return level.equals(levels.get(criterion));
        }
    }

    @GetMapping("/grading")
    String queue(Locale locale, Model model) {
        Map<UUID, String> titles = new HashMap<>();
        List<TaskRow> rows = new ArrayList<>();
        for (TaskSummary t : queue.pending(null, null, null, SHOWN).items()) {
            String title = titles.computeIfAbsent(t.quiz(), this::quizTitle);
            rows.add(new TaskRow(t.id(), title, t.learnerName(), t.slot(), t.type(), t.createdAt()));
        }
        model.addAttribute("tasks", rows);
        model.addAttribute("times", new QuizTimes(locale));
        return "assessment/teacher/grading-queue";
    }

    @GetMapping("/grading/tasks/{id}")
    String task(@PathVariable UUID id, Model model) {
        TaskView task = queue.read(id);
        return renderTask(model, task, inputOf(task), FormErrors.NONE);
    }

    @PostMapping("/grading/tasks/{id}")
    String score(@PathVariable UUID id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "true") boolean next, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        TaskView task = queue.read(id);
        TaskInput input = inputFrom(params);
        try {
            Double fraction = null;
            if (input.levels().isEmpty()) {
                fraction = fraction(input.marks(), task.maxScore(), 0, "marks");
            }
            queue.score(id, new GradingQueue.TaskScore(fraction, input.levels().isEmpty() ? null : input.levels(),
                    input.feedback()));
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderTask(model, task, input, QuizPages.errors(e, f -> f.equals("fraction") ? "marks" : f));
        }
        UUID following = next ? nextTask(id) : null;
        if (next) {
            redirect.addFlashAttribute(Notice.FLASH,
                    Notice.of(following == null ? "quizzes.notice.gradedAll" : "quizzes.notice.graded"));
            return following == null ? "redirect:/grading" : "redirect:/grading/tasks/" + following;
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("quizzes.notice.graded"));
        return "redirect:/grading/tasks/" + id;
    }

    @GetMapping("/grading/attempts/{id}")
    String attempt(@PathVariable UUID id, Model model) {
        return renderAttempt(model, id, FormErrors.NONE);
    }

    @PostMapping("/grading/attempts/{id}/items/{slot}")
    String override(@PathVariable UUID id, @PathVariable String slot,
            @RequestParam(defaultValue = "") String marks, @RequestParam(defaultValue = "") String feedback,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AttemptResult result = result(id);
        AttemptResult.ItemResult item = result.items().stream().filter(i -> i.slot().equals(slot)).findFirst()
                .orElseThrow(() -> ApiException.notFound("slot-not-found", "This attempt has no item " + slot + "."));
        try {
            queue.override(new AttemptId(id), slot, fraction(marks, item.maxScore(), -1, "marks"), feedback);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderAttempt(model, id, QuizPages.errors(e, f -> f.equals("fraction") ? "marks" : f));
        }
        redirect.addFlashAttribute(Notice.FLASH, Notice.of("quizzes.notice.overridden", slot));
        return "redirect:/grading/attempts/" + id;
    }

    // ---- rendering

    private String renderTask(Model model, TaskView task, TaskInput input, FormErrors errors) {
        model.addAttribute("task", new TaskFacts(task.task().id(), task.task().learnerName(), task.task().slot(),
                task.quizTitle(), task.maxScore(), task.score() != null));
        model.addAttribute("promptHtml", task.prompt() == null ? "" : task.prompt());
        model.addAttribute("guidance", task.guidance());
        String answer = answerText(task.response());
        model.addAttribute("answer", answer);
        model.addAttribute("words", answer == null || answer.isBlank() ? null : answer.strip().split("\\s+").length);
        model.addAttribute("rubric", rubric(task.rubric()));
        model.addAttribute("input", input);
        model.addAttribute("errors", errors);
        return "assessment/teacher/grading-task";
    }

    /** What the task page says about the task. */
    record TaskFacts(UUID id, String learner, String slot, String quizTitle, BigDecimal maxScore, boolean scored) {
    }

    private String renderAttempt(Model model, UUID id, FormErrors errors) {
        AttemptResult result = result(id);
        CohortLink link = cohortLink(id);
        model.addAttribute("result", result);
        model.addAttribute("attemptId", id);
        model.addAttribute("learner", link.learner());
        model.addAttribute("scheduleId", link.schedule());
        model.addAttribute("errors", errors);
        return "assessment/teacher/attempt-scores";
    }

    private record CohortLink(String learner, @Nullable UUID schedule) {
    }

    private CohortLink cohortLink(UUID attempt) {
        SubmittedAttempt submitted = ledger.submitted(new AttemptId(attempt));
        String name = identity.find(submitted.learner()).map(AccountSummary::displayName).orElse("");
        return new CohortLink(name, submitted.schedule() == null ? null : submitted.schedule().value());
    }

    private AttemptResult result(UUID id) {
        return results.of(new AttemptId(id)).orElseThrow(() -> ApiException.notFound("result-not-found",
                "This attempt has no result yet."));
    }

    private @Nullable UUID nextTask(UUID done) {
        return queue.pending(null, null, null, 2).items().stream().map(TaskSummary::id)
                .filter(t -> !t.equals(done)).findFirst().orElse(null);
    }

    private String quizTitle(UUID quiz) {
        try {
            return quizzes.get(new QuizId(quiz)).spec().title();
        } catch (ApiException e) {
            return "";
        }
    }

    static TaskInput inputFrom(Map<String, String> params) {
        Map<String, String> levels = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("level-") && name.length() <= 106 && value.length() <= 100 && levels.size() < 50) {
                levels.put(name.substring("level-".length()), value);
            }
        });
        return new TaskInput(levels, params.getOrDefault("marks", ""), params.getOrDefault("feedback", ""));
    }

    private static TaskInput inputOf(TaskView task) {
        Map<String, String> levels = task.levels() == null ? Map.of() : task.levels();
        String marks = task.score() == null ? "" : task.score().stripTrailingZeros().toPlainString();
        return new TaskInput(levels, marks, task.feedback() == null ? "" : task.feedback());
    }

    /** Marks given out of {@code max} as a fraction of the item's credit; blank marks are a field error. */
    static Double fraction(String marks, BigDecimal max, int lowest, String field) {
        if (marks.isBlank()) {
            throw ApiException.invalid(field, "required", "give the marks");
        }
        BigDecimal given = QuizPages.decimal(marks);
        if (given == null) {
            throw ApiException.invalid(field, "wrong-number", "is not a number");
        }
        if (max.signum() <= 0) {
            throw ApiException.invalid(field, "out-of-range", "this item carries no marks");
        }
        BigDecimal fraction = given.divide(max, 6, RoundingMode.HALF_UP);
        if (fraction.compareTo(BigDecimal.valueOf(lowest)) < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw ApiException.invalid(List.of(new FieldViolation(field, "out-of-range",
                    "must be from " + (lowest < 0 ? "-" + plain(max) : "0") + " to " + plain(max))));
        }
        return fraction.doubleValue();
    }

    /** The learner's response as plain text: an essay's text, or a case's written parts one after another. */
    static @Nullable String answerText(@Nullable JsonNode response) {
        if (response == null || response.isNull() || response.isMissingNode()) {
            return null;
        }
        if (response.has("text")) {
            return response.path("text").asString("");
        }
        if (response.has("parts")) {
            StringBuilder text = new StringBuilder();
            for (var part : response.path("parts").properties()) {
                JsonNode value = part.getValue();
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(part.getKey()).append(": ")
                        .append(value.has("text") ? value.path("text").asString("") : value.toString());
            }
            return text.toString();
        }
        return response.toString();
    }

    static List<Criterion> rubric(@Nullable JsonNode rubric) {
        List<Criterion> criteria = new ArrayList<>();
        if (rubric == null) {
            return criteria;
        }
        for (JsonNode c : rubric.path("criteria")) {
            List<Level> levels = new ArrayList<>();
            for (JsonNode l : c.path("levels")) {
                levels.add(new Level(l.path("id").asString(""), l.path("title").asString(""),
                        l.path("points").decimalValue()));
            }
            criteria.add(new Criterion(c.path("id").asString(""), c.path("title").asString(""), levels));
        }
        return criteria;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
