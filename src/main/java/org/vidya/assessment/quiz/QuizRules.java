package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.PlainTextValidator;

/** The limits of a test, checked before anything is stored; each problem names its field. */
public final class QuizRules {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_SECTIONS = 20;
    public static final int MAX_ITEMS = 500;
    public static final int MAX_RULES = 20;
    public static final int MIN_TIME_LIMIT = 30;
    public static final int MAX_TIME_LIMIT = 7 * 24 * 3600;
    public static final int MAX_ATTEMPTS = 100;
    public static final int MAX_TRIES = 10;
    private static final BigDecimal MAX_MARKS = BigDecimal.valueOf(1000);

    private QuizRules() {
    }

    public static List<FieldViolation> check(QuizSpec spec) {
        List<FieldViolation> problems = new ArrayList<>();
        text(problems, "title", spec.title(), MAX_TITLE, true);
        if (spec.description().length() > MAX_DESCRIPTION) {
            problems.add(new FieldViolation("description", "size", "at most " + MAX_DESCRIPTION + " characters"));
        }
        if (spec.sections().isEmpty() || spec.sections().size() > MAX_SECTIONS) {
            problems.add(new FieldViolation("sections", "size", "1 to " + MAX_SECTIONS + " sections"));
        }
        for (int s = 0; s < spec.sections().size(); s++) {
            section(problems, "sections[" + s + "]", spec.sections().get(s), spec.kind());
        }
        if (spec.size() > MAX_ITEMS) {
            problems.add(new FieldViolation("sections", "too-many-items", "at most " + MAX_ITEMS + " items in a test"));
        }
        QuizSettings settings = spec.settings();
        timeLimit(problems, "settings.timeLimitSeconds", settings.timeLimitSeconds());
        if (settings.attemptsAllowed() < 0 || settings.attemptsAllowed() > MAX_ATTEMPTS) {
            problems.add(new FieldViolation("settings.attemptsAllowed", "range",
                    "0 (no limit) to " + MAX_ATTEMPTS));
        }
        if (settings.tries() < 1 || settings.tries() > MAX_TRIES) {
            problems.add(new FieldViolation("settings.tries", "range", "1 to " + MAX_TRIES));
        }
        if (settings.penaltyPerTry().signum() < 0 || settings.penaltyPerTry().compareTo(BigDecimal.ONE) > 0) {
            problems.add(new FieldViolation("settings.penaltyPerTry", "range", "a fraction from 0 to 1"));
        }
        if (settings.passMark() != null && (settings.passMark().signum() < 0
                || settings.passMark().compareTo(MAX_MARKS.multiply(BigDecimal.valueOf(MAX_ITEMS))) > 0)) {
            problems.add(new FieldViolation("settings.passMark", "range", "0 or more marks"));
        }
        return problems;
    }

    private static void section(List<FieldViolation> problems, String path, QuizSection section, QuizKind kind) {
        text(problems, path + ".title", section.title(), MAX_TITLE, true);
        timeLimit(problems, path + ".timeLimitSeconds", section.timeLimitSeconds());
        if (kind.sectioned() && section.timeLimitSeconds() == null) {
            problems.add(new FieldViolation(path + ".timeLimitSeconds", "required",
                    "a certification's sections each need a time limit"));
        }
        if (section.items().isEmpty() == section.rules().isEmpty()) {
            problems.add(new FieldViolation(path, "items-or-rules",
                    "give either fixed items or blueprint rules, not both and not neither"));
        }
        if (section.items().size() > MAX_ITEMS) {
            problems.add(new FieldViolation(path + ".items", "size", "at most " + MAX_ITEMS + " items"));
        }
        if (section.rules().size() > MAX_RULES) {
            problems.add(new FieldViolation(path + ".rules", "size", "at most " + MAX_RULES + " rules"));
        }
        for (int r = 0; r < section.rules().size(); r++) {
            QuizSection.BlueprintRule rule = section.rules().get(r);
            String rulePath = path + ".rules[" + r + "]";
            if (rule.count() < 1 || rule.count() > MAX_ITEMS) {
                problems.add(new FieldViolation(rulePath + ".count", "range", "1 to " + MAX_ITEMS));
            }
            if (rule.difficulty() != null) {
                try {
                    Difficulty.fromCode(rule.difficulty());
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldViolation(rulePath + ".difficulty", "unknown", "easy, medium or hard"));
                }
            }
            if (rule.concept() != null && (rule.concept().isBlank() || rule.concept().length() > 200)) {
                problems.add(new FieldViolation(rulePath + ".concept", "size", "1 to 200 characters"));
            }
        }
        MarkingScheme marking = section.marking();
        if (marking.mode() == MarkingScheme.Mode.FIXED) {
            if (marking.correct().signum() <= 0 || marking.correct().compareTo(MAX_MARKS) > 0) {
                problems.add(new FieldViolation(path + ".marking.correct", "range", "more than 0, at most 1000"));
            }
            if (marking.incorrect().signum() > 0 || marking.incorrect().abs().compareTo(MAX_MARKS) > 0) {
                problems.add(new FieldViolation(path + ".marking.incorrect", "range", "zero or negative"));
            }
            if (marking.unanswered().abs().compareTo(MAX_MARKS) > 0) {
                problems.add(new FieldViolation(path + ".marking.unanswered", "range", "-1000 to 1000"));
            }
        }
    }

    private static void timeLimit(List<FieldViolation> problems, String field, @Nullable Integer seconds) {
        if (seconds != null && (seconds < MIN_TIME_LIMIT || seconds > MAX_TIME_LIMIT)) {
            problems.add(new FieldViolation(field, "range", MIN_TIME_LIMIT + " seconds to 7 days"));
        }
    }

    private static void text(List<FieldViolation> problems, String field, String value, int max, boolean plain) {
        if (value.isBlank() || value.length() > max) {
            problems.add(new FieldViolation(field, "size", "1 to " + max + " characters"));
        } else if (plain && !PlainTextValidator.isPlain(value)) {
            problems.add(new FieldViolation(field, "plain-text", "plain text without < > or control characters"));
        }
    }
}
