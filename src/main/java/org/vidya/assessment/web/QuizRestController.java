package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptService;
import org.vidya.assessment.quiz.AttemptViews.BoardRow;
import org.vidya.assessment.quiz.Codes;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizKind;
import org.vidya.assessment.quiz.QuizRules;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizService;
import org.vidya.assessment.quiz.QuizSettings;
import org.vidya.assessment.quiz.QuizSpec;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.assessment.quiz.ScheduleView;
import org.vidya.organization.ClassId;
import org.vidya.platform.ApiException;
import org.vidya.platform.CursorPage;
import org.vidya.platform.FieldViolation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tests (fixed forms and blueprints with their settings) and their schedules for classes. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Tests and schedules")
class QuizRestController {

    private final QuizService quizzes;
    private final AttemptService attempts;

    QuizRestController(QuizService quizzes, AttemptService attempts) {
        this.quizzes = quizzes;
        this.attempts = attempts;
    }

    // ---- bodies

    /** {@code mode}: item-marks (each item's own marks) or fixed (the same marks for every item, as JEE's +4/−1). */
    record MarkingBody(@NotBlank String mode, @Nullable BigDecimal correct, @Nullable BigDecimal incorrect,
            @Nullable BigDecimal unanswered, @Nullable Boolean partialCredit) {
    }

    record RuleBody(@NotNull UUID bank, @Nullable @Size(max = 200) String concept,
            @Nullable @Size(max = 16) String difficulty, @Nullable UUID category,
            @Min(1) @Max(QuizRules.MAX_ITEMS) int count) {
    }

    /** Either {@code items} (a fixed form, in order) or {@code rules} (a blueprint). */
    record SectionBody(@NotBlank @Size(max = QuizRules.MAX_TITLE) String title, @Nullable Integer timeLimitSeconds,
            @Nullable @Valid MarkingBody marking, @Nullable @Size(max = QuizRules.MAX_ITEMS) List<@NotNull UUID> items,
            @Nullable @Size(max = QuizRules.MAX_RULES) List<@Valid @NotNull RuleBody> rules) {
    }

    /** Left out: untimed, unlimited attempts, no shuffling, free navigation, feedback after submit, deferred. */
    record SettingsBody(@Nullable Integer timeLimitSeconds, @Nullable Integer attemptsAllowed,
            @Nullable Boolean shuffleQuestions, @Nullable Boolean shuffleOptions, @Nullable String navigation,
            @Nullable String feedback, @Nullable String questionBehaviour, @Nullable Integer tries,
            @Nullable BigDecimal penaltyPerTry, @Nullable BigDecimal passMark) {
    }

    record QuizBody(@NotBlank @Size(max = QuizRules.MAX_TITLE) String title,
            @Nullable @Size(max = QuizRules.MAX_DESCRIPTION) String description, @NotBlank String kind,
            @NotNull @Size(min = 1, max = QuizRules.MAX_SECTIONS) List<@Valid @NotNull SectionBody> sections,
            @Nullable @Valid SettingsBody settings) {
    }

    record ScheduleBody(@NotNull UUID classId, @NotNull Instant opensAt, @NotNull Instant closesAt) {
    }

    record MarkingJson(String mode, BigDecimal correct, BigDecimal incorrect, BigDecimal unanswered,
            boolean partialCredit) {
    }

    record SectionJson(String title, @Nullable Integer timeLimitSeconds, MarkingJson marking, List<UUID> items,
            List<QuizSection.BlueprintRule> rules) {
    }

    record SettingsJson(@Nullable Integer timeLimitSeconds, int attemptsAllowed, boolean shuffleQuestions,
            boolean shuffleOptions, String navigation, String feedback, String questionBehaviour, int tries,
            BigDecimal penaltyPerTry, @Nullable BigDecimal passMark) {
    }

    record QuizJson(UUID id, String title, String description, String kind, List<SectionJson> sections,
            SettingsJson settings, UUID ownerId, int items, Instant createdAt, Instant updatedAt) {
    }

    record ScheduleJson(UUID id, QuizRefJson quiz, UUID classId, String className, Instant opensAt, Instant closesAt,
            String window, int attemptsGenerated, Instant createdAt) {
    }

    record QuizRefJson(UUID id, String title, String kind) {
    }

    // ---- tests

    @PostMapping("/quizzes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a test: fixed-form or blueprint sections and settings")
    QuizJson create(@Valid @RequestBody QuizBody body) {
        return json(quizzes.create(spec(body)));
    }

    @GetMapping("/quizzes")
    @Operation(summary = "The caller's tests (an organization admin: the school's)")
    CursorPage<QuizJson> list() {
        return new CursorPage<>(quizzes.list().stream().map(QuizRestController::json).toList(), null);
    }

    @GetMapping("/quizzes/{id}")
    @Operation(summary = "One test")
    QuizJson get(@PathVariable UUID id) {
        return json(quizzes.get(new QuizId(id)));
    }

    @PutMapping("/quizzes/{id}")
    @Operation(summary = "Replace a test; attempts already generated keep their paper")
    QuizJson update(@PathVariable UUID id, @Valid @RequestBody QuizBody body) {
        return json(quizzes.update(new QuizId(id), spec(body)));
    }

    @DeleteMapping("/quizzes/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a test nobody has been scheduled for or taken")
    void delete(@PathVariable UUID id) {
        quizzes.delete(new QuizId(id));
    }

    // ---- schedules

    @PostMapping("/quizzes/{id}/schedules")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a test for a class within a window (a benchmark's attempts are generated now)")
    ScheduleJson schedule(@PathVariable UUID id, @Valid @RequestBody ScheduleBody body) {
        return json(quizzes.schedule(new QuizId(id), new ClassId(body.classId()), body.opensAt(), body.closesAt()));
    }

    @GetMapping("/schedules/{id}")
    @Operation(summary = "A scheduled test: staff, or a learner of its class")
    ScheduleJson schedule(@PathVariable UUID id) {
        return json(quizzes.getSchedule(new ScheduleId(id)));
    }

    @GetMapping("/schedules/{id}/board")
    @Operation(summary = "Live board: who is in, answered of total, last seen, connected")
    List<BoardRow> board(@PathVariable UUID id) {
        return attempts.board(new ScheduleId(id));
    }

    // ---- mapping

    static QuizSpec spec(QuizBody body) {
        List<FieldViolation> problems = new ArrayList<>();
        QuizKind kind = parse(QuizKind.class, body.kind(), "kind", problems, QuizKind.PRACTICE);
        List<QuizSection> sections = new ArrayList<>();
        for (int s = 0; s < body.sections().size(); s++) {
            SectionBody section = body.sections().get(s);
            String path = "sections[" + s + "]";
            MarkingScheme marking = MarkingScheme.itemMarks();
            MarkingBody m = section.marking();
            if (m != null) {
                MarkingScheme.Mode mode = parse(MarkingScheme.Mode.class, m.mode(), path + ".marking.mode", problems,
                        MarkingScheme.Mode.ITEM_MARKS);
                marking = mode == MarkingScheme.Mode.ITEM_MARKS ? MarkingScheme.itemMarks()
                        : new MarkingScheme(mode, orZero(m.correct()), orZero(m.incorrect()), orZero(m.unanswered()),
                                Boolean.TRUE.equals(m.partialCredit()));
            }
            sections.add(new QuizSection(section.title(), section.timeLimitSeconds(), marking,
                    section.items() == null ? List.of() : section.items(),
                    section.rules() == null ? List.of() : section.rules().stream().map(r -> new QuizSection.BlueprintRule(
                            r.bank(), blankToNull(r.concept()), blankToNull(r.difficulty()), r.category(), r.count()))
                            .toList()));
        }
        QuizSettings defaults = QuizSettings.defaults();
        SettingsBody b = body.settings();
        QuizSettings settings = b == null ? defaults : new QuizSettings(b.timeLimitSeconds(),
                b.attemptsAllowed() == null ? defaults.attemptsAllowed() : b.attemptsAllowed(),
                Boolean.TRUE.equals(b.shuffleQuestions()), Boolean.TRUE.equals(b.shuffleOptions()),
                b.navigation() == null ? defaults.navigation()
                        : parse(QuizSettings.Navigation.class, b.navigation(), "settings.navigation", problems,
                                defaults.navigation()),
                b.feedback() == null ? defaults.feedback()
                        : parse(QuizSettings.FeedbackTiming.class, b.feedback(), "settings.feedback", problems,
                                defaults.feedback()),
                b.questionBehaviour() == null ? defaults.questionBehaviour()
                        : parse(QuizSettings.QuestionBehaviour.class, b.questionBehaviour(),
                                "settings.questionBehaviour", problems, defaults.questionBehaviour()),
                b.tries() == null ? defaults.tries() : b.tries(),
                b.penaltyPerTry() == null ? defaults.penaltyPerTry() : b.penaltyPerTry(), b.passMark());
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return new QuizSpec(body.title(), body.description() == null ? "" : body.description(), kind, sections,
                settings);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String code, String field, List<FieldViolation> problems,
            E fallback) {
        return Codes.parse(type, code).orElseGet(() -> {
            List<String> codes = java.util.Arrays.stream(type.getEnumConstants()).map(Codes::of).toList();
            problems.add(new FieldViolation(field, "unknown", "one of " + String.join(", ", codes)));
            return fallback;
        });
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static QuizJson json(QuizView view) {
        QuizSpec spec = view.spec();
        QuizSettings s = spec.settings();
        return new QuizJson(view.id(), spec.title(), spec.description(), Codes.of(spec.kind()),
                spec.sections().stream().map(section -> new SectionJson(section.title(), section.timeLimitSeconds(),
                        new MarkingJson(Codes.of(section.marking().mode()), section.marking().correct(),
                                section.marking().incorrect(), section.marking().unanswered(),
                                section.marking().partialCredit()), section.items(), section.rules())).toList(),
                new SettingsJson(s.timeLimitSeconds(), s.attemptsAllowed(), s.shuffleQuestions(), s.shuffleOptions(),
                        Codes.of(s.navigation()), Codes.of(s.feedback()), Codes.of(s.questionBehaviour()), s.tries(),
                        s.penaltyPerTry(), s.passMark()),
                view.ownerId(), view.items(), view.createdAt(), view.updatedAt());
    }

    static ScheduleJson json(ScheduleView view) {
        return new ScheduleJson(view.id(), new QuizRefJson(view.quizId(), view.quizTitle(), Codes.of(view.kind())),
                view.classId(), view.className(), view.opensAt(), view.closesAt(), Codes.of(view.window()),
                view.attemptsGenerated(), view.createdAt());
    }
}
