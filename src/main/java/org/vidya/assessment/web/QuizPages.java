package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.quiz.Codes;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.assessment.quiz.ScheduleView;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.web.FormErrors;

import tools.jackson.databind.JsonNode;

/** What the teacher's test pages show, shaped for their templates. */
final class QuizPages {

    private QuizPages() {
    }

    /** A choice in a select. */
    record Option(String value, String label) {
    }

    /** An item in the builder: picked for a section, or found in a bank. */
    record ItemRow(String id, String title, String type, String concept, String difficulty, BigDecimal marks,
            BigDecimal negativeMarks, String excerpt, boolean missing) {

        static ItemRow of(ItemSnapshot item, @Nullable String title) {
            String excerpt = QuizPages.excerpt(item.body());
            return new ItemRow(item.id().toString(), title == null || title.isBlank() ? excerpt : title, item.type(),
                    item.primaryConcept() == null ? "" : item.primaryConcept(), item.difficulty().code(), item.marks(),
                    item.negativeMarks(), excerpt, false);
        }

        static ItemRow missing(String id) {
            return new ItemRow(id, id, "single-choice", "", "medium", BigDecimal.ZERO, BigDecimal.ZERO, "", true);
        }
    }

    /**
     * What one section of the builder shows besides its fields: the picked items in order, the
     * bank search results (null when it did not search), the categories of the searched bank, and
     * per blueprint rule its pool size (null for an incomplete rule), whether the pool holds fewer
     * items than the rule draws, and its bank's categories.
     */
    record SectionView(List<ItemRow> picked, @Nullable List<ItemRow> results, List<Option> categories,
            List<@Nullable Integer> pools, List<Boolean> tooSmall, List<List<Option>> ruleCategories) {
    }

    /** The preview: sections of rendered items, as a learner's paper shows them. */
    record PreviewSection(String title, List<PreviewItem> items) {
    }

    record PreviewItem(int number, String type, BigDecimal marks, BigDecimal negativeMarks, JsonNode body) {
    }

    /** A test in the list of my tests. */
    record QuizRow(UUID id, String title, String kind, int items, int schedules) {
    }

    /** A test's details page. */
    record QuizDetails(UUID id, String title, String kind, int items, @Nullable Integer timeLimitMinutes,
            int attemptsAllowed, String navigation, String feedbackTiming, @Nullable BigDecimal passMark,
            List<SectionSummary> sections) {

        static QuizDetails of(QuizView quiz) {
            var spec = quiz.spec();
            var settings = spec.settings();
            return new QuizDetails(quiz.id(), spec.title(), Codes.of(spec.kind()), quiz.items(),
                    settings.timeLimitSeconds() == null ? null : (settings.timeLimitSeconds() + 59) / 60,
                    settings.attemptsAllowed(), Codes.of(settings.navigation()), Codes.of(settings.feedback()),
                    settings.passMark(), spec.sections().stream().map(SectionSummary::of).toList());
        }
    }

    record SectionSummary(String title, int items, String marking, boolean blueprint) {

        static SectionSummary of(QuizSection section) {
            MarkingScheme m = section.marking();
            String marking = m.mode() == MarkingScheme.Mode.FIXED
                    ? "+" + plain(m.correct()) + " / " + plain(m.incorrect()) + " / " + plain(m.unanswered())
                    : "";
            return new SectionSummary(section.title(), section.size(), marking, !section.fixed());
        }
    }

    /** A schedule as lists and the schedule page show it. */
    record ScheduleRow(UUID id, UUID quizId, String quizTitle, String kind, String className, Instant opensAt,
            Instant closesAt, String state) {

        static ScheduleRow of(ScheduleView s) {
            return new ScheduleRow(s.id(), s.quizId(), s.quizTitle(), Codes.of(s.kind()), s.className(),
                    s.opensAt(), s.closesAt(), Codes.of(s.window()));
        }
    }

    /** The "schedule for a class" form as sent. */
    record ScheduleForm(String classId, String opensAt, String closesAt) {
    }

    /** The first words of an item's prompt (or cloze text), without Markdown marks, for lists. */
    static String excerpt(JsonNode body) {
        String text = body.path("prompt").asString("");
        if (text.isBlank()) {
            text = body.path("text").asString("");
        }
        text = text.replaceAll("[*_`#>\\[\\]{}]", "").replaceAll("\\s+", " ").strip();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }

    /** A number as people type it in these forms: no exponent, at most nine digits before the point and six after. */
    static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[-−]?\\d{1,9}([.,]\\d{1,6})?");

    /** The number typed, or null when it is not one by {@link #DECIMAL}. */
    static @Nullable BigDecimal decimal(String value) {
        String typed = value.strip();
        if (!DECIMAL.matcher(typed).matches()) {
            return null;
        }
        return new BigDecimal(typed.replace('−', '-').replace(',', '.'));
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * Form errors whose fields are renamed to the form's inputs; everything the service said is
     * kept, so nothing is lost from the summary.
     */
    static FormErrors errors(ApiException e, java.util.function.UnaryOperator<String> rename) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldViolation v : e.errors()) {
            String field = rename.apply(v.field());
            codes.putIfAbsent(field, v.code());
            messages.merge(field, v.message(), (a, b) -> a + "; " + b);
        }
        return new FormErrors(e.code(), e.getMessage(), codes, messages);
    }

    /** Moments on these pages: shown in UTC in the reader's language, typed into {@code datetime-local} fields as UTC. */
    static final class QuizTimes {

        private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

        private final DateTimeFormatter shown;

        QuizTimes(Locale locale) {
            this.shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
        }

        public String format(@Nullable Instant instant) {
            return instant == null ? "" : shown.format(instant);
        }

        public String input(@Nullable Instant instant) {
            return instant == null ? "" : INPUT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }

        static @Nullable Instant parse(@Nullable String value, String field, List<FieldViolation> problems) {
            if (value == null || value.isBlank()) {
                problems.add(new FieldViolation(field, "required", "is required"));
                return null;
            }
            try {
                return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                problems.add(new FieldViolation(field, "wrong-date", "is not a date and time"));
                return null;
            }
        }
    }
}
