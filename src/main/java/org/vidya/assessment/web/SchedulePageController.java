package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.grading.ItemAnalysis;
import org.vidya.assessment.grading.ResultService;
import org.vidya.assessment.grading.ResultsCsv;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.quiz.QuizService;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.assessment.quiz.ScheduleView;
import org.vidya.assessment.web.QuizPages.QuizDetails;
import org.vidya.assessment.web.QuizPages.QuizTimes;
import org.vidya.assessment.web.QuizPages.ScheduleForm;
import org.vidya.assessment.web.QuizPages.ScheduleRow;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Permission;
import org.vidya.platform.text.Markdown;
import org.vidya.platform.web.FormErrors;
import org.vidya.platform.web.Notice;
import org.vidya.platform.web.PageAccess;

/**
 * A test's details with its schedules and the form that sets it for a class; a schedule's live
 * board (polled by htmx every 5 seconds), its results with the CSV download, and its item analysis.
 */
@Controller
class SchedulePageController {

    private final QuizService quizzes;
    private final AttemptService attempts;
    private final ResultService results;
    private final ItemAnalysis analysis;
    private final ItemCatalog catalog;
    private final OrganizationManagement organization;
    private final Clock clock;

    SchedulePageController(QuizService quizzes, AttemptService attempts, ResultService results,
            ItemAnalysis analysis, @Lazy ItemCatalog catalog, OrganizationManagement organization, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.results = results;
        this.analysis = analysis;
        this.catalog = catalog;
        this.organization = organization;
        this.clock = clock;
    }

    @ModelAttribute
    void allowed() {
        PageAccess.require(Permission.TESTS_MANAGE);
    }

    @GetMapping("/quizzes/{id}")
    String quiz(@PathVariable UUID id, Locale locale, Model model) {
        QuizView quiz = quizzes.get(new QuizId(id));
        return renderQuiz(model, quiz, blankSchedule(locale), FormErrors.NONE, locale);
    }

    @PostMapping("/quizzes/{id}/schedules")
    String schedule(@PathVariable UUID id, @RequestParam(defaultValue = "") String classId,
            @RequestParam(defaultValue = "") String opensAt, @RequestParam(defaultValue = "") String closesAt,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        QuizView quiz = quizzes.get(new QuizId(id));
        ScheduleForm form = new ScheduleForm(classId, opensAt, closesAt);
        try {
            List<FieldViolation> problems = new ArrayList<>();
            ClassId group = null;
            try {
                group = new ClassId(UUID.fromString(classId.strip()));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldViolation("classId", "required", "choose a class"));
            }
            Instant opens = QuizTimes.parse(opensAt, "opensAt", problems);
            Instant closes = QuizTimes.parse(closesAt, "closesAt", problems);
            if (!problems.isEmpty()) {
                throw ApiException.invalid(problems);
            }
            ScheduleView scheduled = quizzes.schedule(new QuizId(id), group, opens, closes);
            redirect.addFlashAttribute(Notice.FLASH, scheduled.attemptsGenerated() > 0
                    ? Notice.of("quizzes.notice.scheduledPapers", scheduled.className())
                    : Notice.of("quizzes.notice.scheduled", scheduled.className()));
            return "redirect:/schedules/" + scheduled.id();
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            response.setStatus(e.status().value());
            return renderQuiz(model, quiz, form, FormErrors.of(e), locale);
        }
    }

    @GetMapping("/schedules/{id}")
    String schedule(@PathVariable UUID id, Locale locale, Model model) {
        ScheduleView schedule = quizzes.getSchedule(new ScheduleId(id));
        ResultService.Cohort cohort = results.cohort(new ScheduleId(id));
        model.addAttribute("schedule", ScheduleRow.of(schedule));
        model.addAttribute("sectionTitles", cohort.sections());
        model.addAttribute("results", cohort.rows().stream().map(ResultRow::of).toList());
        model.addAttribute("board", board(id));
        model.addAttribute("times", new QuizTimes(locale));
        return "assessment/teacher/schedule";
    }

    /** The live board alone, for htmx's polling. */
    @GetMapping("/schedules/{id}/board")
    String board(@PathVariable UUID id, Locale locale, Model model) {
        ScheduleView schedule = quizzes.getSchedule(new ScheduleId(id));
        model.addAttribute("schedule", ScheduleRow.of(schedule));
        model.addAttribute("board", board(id));
        model.addAttribute("times", new QuizTimes(locale));
        return "assessment/teacher/board :: board";
    }

    /** The results as a spreadsheet: one row per learner, safe to open in a spreadsheet program. */
    @GetMapping("/schedules/{id}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        ScheduleView schedule = quizzes.getSchedule(new ScheduleId(id));
        byte[] body = ResultsCsv.write(results.cohort(new ScheduleId(id))).getBytes(StandardCharsets.UTF_8);
        String name = "results-" + slug(schedule.quizTitle()) + "-" + slug(schedule.className()) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(body);
    }

    @GetMapping("/schedules/{id}/analysis")
    String analysis(@PathVariable UUID id, Locale locale, Model model) {
        ScheduleView schedule = quizzes.getSchedule(new ScheduleId(id));
        ItemAnalysis.Report report = analysis.of(new ScheduleId(id));
        Map<String, String> titles = new HashMap<>();
        List<ItemId> ids = report.items().stream().map(r -> new ItemId(r.item())).distinct().toList();
        catalog.items(ids).forEach(item -> titles.put(item.id().toString(), QuizPages.excerpt(item.body())));
        model.addAttribute("schedule", ScheduleRow.of(schedule));
        model.addAttribute("rows", report.items().stream()
                .map(r -> AnalysisRow.of(r, titles.getOrDefault(r.item().toString(), ""))).toList());
        model.addAttribute("times", new QuizTimes(locale));
        return "assessment/teacher/analysis";
    }

    /** One item of the analysis with the flags a teacher should look at. */
    record AnalysisRow(String slot, String title, String type, long exposures, double facility,
            @Nullable Double discrimination, List<ChoiceRate> choices, List<String> flags) {

        static AnalysisRow of(ItemAnalysis.ItemRow row, String title) {
            return new AnalysisRow(row.slot(), title, row.type(), row.exposures(), row.facility(),
                    row.discrimination(), row.options().stream()
                            .map(o -> new ChoiceRate(o.text(), o.key(), o.rate())).toList(),
                    SchedulePageController.flags(row.facility(), row.discrimination()));
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }

        /** The facility as the width of its bar, 0 to 100. */
        public long facilityWidth() {
            return width(facility);
        }
    }

    static long width(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 100);
    }

    /** An option of a choice item: its text (sanitized HTML), whether it is a key, the share of takers who chose it. */
    record ChoiceRate(String label, boolean key, double rate) {

        public long width() {
            return SchedulePageController.width(rate);
        }
    }

    /**
     * What is odd about an item: almost nobody gets it (facility below 0.2), almost everybody does
     * (above 0.95), or strong takers do worse on it than weak ones (negative discrimination).
     */
    static List<String> flags(double facility, @Nullable Double discrimination) {
        List<String> flags = new ArrayList<>();
        if (facility < 0.2) {
            flags.add("too-hard");
        }
        if (facility > 0.95) {
            flags.add("too-easy");
        }
        if (discrimination != null && discrimination < 0) {
            flags.add("negative-discrimination");
        }
        return flags;
    }

    /** The live board: a row per learner of the class, and how many write, have submitted, have not started. */
    record Board(List<BoardRow> rows, long inProgress, long submitted, long notStarted) {

        static Board of(List<BoardRow> rows) {
            return new Board(rows, rows.stream().filter(r -> r.status().equals("in-progress")).count(),
                    rows.stream().filter(r -> r.status().equals("submitted") || r.status().equals("graded")).count(),
                    rows.stream().filter(r -> r.status().equals("not-started") || r.status().equals("ready")).count());
        }
    }

    record BoardRow(String learner, String status, int answered, int total, @Nullable Instant lastSeenAt,
            boolean connected) {
    }

    private Board board(UUID schedule) {
        return Board.of(attempts.board(new ScheduleId(schedule)).stream()
                .map(r -> new BoardRow(r.learner().name(), r.status(), r.answered(), r.total(), r.lastSeenAt(),
                        r.connected()))
                .sorted(java.util.Comparator.comparing(BoardRow::learner)).toList());
    }

    /** A learner's row of the results table. */
    record ResultRow(UUID attempt, String learner, int rank, BigDecimal score, BigDecimal maxScore, String percentile,
            boolean finalResult, List<String> sections) {

        static ResultRow of(ResultService.CohortRow row) {
            return new ResultRow(row.attempt(), row.learnerName(), row.rank(), row.score(), row.maxScore(),
                    row.percentile(), row.finalResult(),
                    row.sectionScores().stream().map(QuizPages::plain).toList());
        }
    }

    private static String slug(String value) {
        String slug = value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "test" : slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    // ---- rendering

    private String renderQuiz(Model model, QuizView quiz, ScheduleForm form, FormErrors errors, Locale locale) {
        QuizDetails details = QuizDetails.of(quiz);
        String description = quiz.spec().description();
        model.addAttribute("quiz", details);
        model.addAttribute("descriptionHtml", description.isBlank() ? null : Markdown.render(description));
        model.addAttribute("schedules", quizzes.schedulesOf(new QuizId(quiz.id())).stream().map(ScheduleRow::of)
                .toList());
        model.addAttribute("classes", classes());
        model.addAttribute("scheduleForm", form);
        model.addAttribute("errors", errors);
        model.addAttribute("times", new QuizTimes(locale));
        return "assessment/teacher/quiz";
    }

    /** The classes the caller may set tests for: the ones they teach, or every class for an administrator. */
    private List<GroupSummary> classes() {
        return CurrentUser.get().has(Permission.TENANT_SETTINGS_MANAGE) ? organization.classes()
                : organization.classesTaughtBy(CurrentUser.id());
    }

    /** A window from the next full hour for a week. */
    private ScheduleForm blankSchedule(Locale locale) {
        QuizTimes times = new QuizTimes(locale);
        Instant opens = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        return new ScheduleForm("", times.input(opens), times.input(opens.plus(Duration.ofDays(7))));
    }
}
