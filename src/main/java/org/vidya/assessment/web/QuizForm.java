package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.quiz.Codes;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizKind;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizSettings;
import org.vidya.assessment.quiz.QuizSpec;
import org.vidya.assessment.quiz.QuizView;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

/**
 * The test builder's form as the browser sends it: every value a string until the page reads it
 * into the service's command. Sections carry their own item picker state (the bank search) so
 * that adding, moving and removing items round-trips through the server without scripts.
 */
public class QuizForm {

    /** Most sections a test may have on the page (the service checks its own limit again). */
    static final int MAX_SECTIONS = 10;

    /** Most blueprint rules per section on the page. */
    static final int MAX_RULES = 20;

    /** Most items per section on the page. */
    static final int MAX_ITEMS = 200;

    private String title = "";
    private String kind = "practice";
    private String description = "";
    private String timeLimitMinutes = "";
    private String attemptsAllowed = "1";
    private boolean shuffleQuestions;
    private boolean shuffleOptions = true;
    private String navigation = "free";
    private String feedbackTiming = "after-submit";
    private String questionBehaviour = "deferred";
    private String triesAllowed = "3";
    private String penaltyPerTry = "0.1";
    private String passMark = "";
    private List<SectionForm> sections = new ArrayList<>();

    public static class SectionForm {
        private String title = "";
        private String timeLimitMinutes = "";
        private String source = "items";
        private String marking = "ITEM_MARKS";
        private String correct = "4";
        private String incorrect = "-1";
        private String unanswered = "0";
        private boolean partialCredit;
        private List<String> items = new ArrayList<>();
        private List<RuleForm> rules = new ArrayList<>();
        private String searchBank = "";
        private String searchType = "";
        private String searchConcept = "";
        private String searchDifficulty = "";
        private String searchCategory = "";
        private String searchText = "";

        public boolean blueprint() {
            return "blueprint".equals(source);
        }

        QuizSection spec(String path, List<FieldViolation> problems) {
            Integer limit = seconds(timeLimitMinutes, path + ".timeLimitMinutes", problems);
            MarkingScheme scheme = MarkingScheme.itemMarks();
            if (fixedMarks()) {
                BigDecimal right = decimal(correct, path + ".correct", problems);
                BigDecimal wrong = decimal(incorrect, path + ".incorrect", problems);
                BigDecimal none = decimal(unanswered, path + ".unanswered", problems);
                scheme = new MarkingScheme(MarkingScheme.Mode.FIXED, right == null ? BigDecimal.ONE : right,
                        wrong == null ? BigDecimal.ZERO : wrong, none == null ? BigDecimal.ZERO : none, partialCredit);
            }
            List<UUID> ids = new ArrayList<>();
            List<QuizSection.BlueprintRule> drawn = new ArrayList<>();
            if (blueprint()) {
                for (int r = 0; r < rules.size(); r++) {
                    RuleForm rule = rules.get(r);
                    if (rule.blank()) {
                        continue;
                    }
                    String at = path + ".rules[" + r + "]";
                    UUID bank = uuid(rule.bank, at + ".bank", problems);
                    if (bank == null && rule.bank.isBlank()) {
                        problems.add(new FieldViolation(at + ".bank", "required", "choose a bank"));
                    }
                    Integer count = whole(rule.count, at + ".count", problems);
                    if (count == null && rule.count.isBlank()) {
                        problems.add(new FieldViolation(at + ".count", "required", "how many items to draw"));
                    }
                    UUID category = uuid(rule.category, at + ".category", problems);
                    if (bank != null && count != null) {
                        drawn.add(new QuizSection.BlueprintRule(bank, rule.concept.isBlank() ? null : rule.concept.strip(),
                                rule.difficulty.isBlank() ? null : rule.difficulty, category, count));
                    }
                }
            } else {
                for (int i = 0; i < items.size(); i++) {
                    UUID id = uuid(items.get(i), path + ".items", problems);
                    if (id != null) {
                        ids.add(id);
                    }
                }
            }
            return new QuizSection(title.strip(), limit, scheme, ids, drawn);
        }

        public boolean fixedMarks() {
            return "FIXED".equals(marking);
        }

        public String getTitle() { return title; }
        public void setTitle(String value) { this.title = text(value); }
        public String getTimeLimitMinutes() { return timeLimitMinutes; }
        public void setTimeLimitMinutes(String value) { this.timeLimitMinutes = text(value); }
        public String getSource() { return source; }
        public void setSource(String value) { this.source = "blueprint".equals(value) ? "blueprint" : "items"; }
        public String getMarking() { return marking; }
        public void setMarking(String value) { this.marking = "FIXED".equals(value) ? "FIXED" : "ITEM_MARKS"; }
        public String getCorrect() { return correct; }
        public void setCorrect(String value) { this.correct = text(value); }
        public String getIncorrect() { return incorrect; }
        public void setIncorrect(String value) { this.incorrect = text(value); }
        public String getUnanswered() { return unanswered; }
        public void setUnanswered(String value) { this.unanswered = text(value); }
        public boolean isPartialCredit() { return partialCredit; }
        public void setPartialCredit(boolean value) { this.partialCredit = value; }
        public List<String> getItems() { return items; }
        public void setItems(List<String> value) { this.items = value == null ? new ArrayList<>() : new ArrayList<>(value); }
        public List<RuleForm> getRules() { return rules; }
        public void setRules(List<RuleForm> value) { this.rules = value == null ? new ArrayList<>() : value; }
        public String getSearchBank() { return searchBank; }
        public void setSearchBank(String value) { this.searchBank = text(value); }
        public String getSearchType() { return searchType; }
        public void setSearchType(String value) { this.searchType = text(value); }
        public String getSearchConcept() { return searchConcept; }
        public void setSearchConcept(String value) { this.searchConcept = text(value); }
        public String getSearchDifficulty() { return searchDifficulty; }
        public void setSearchDifficulty(String value) { this.searchDifficulty = text(value); }
        public String getSearchCategory() { return searchCategory; }
        public void setSearchCategory(String value) { this.searchCategory = text(value); }
        public String getSearchText() { return searchText; }
        public void setSearchText(String value) { this.searchText = text(value); }
    }

    public static class RuleForm {
        private String bank = "";
        private String concept = "";
        private String difficulty = "";
        private String category = "";
        private String count = "";

        boolean blank() {
            return bank.isBlank() && concept.isBlank() && difficulty.isBlank() && category.isBlank()
                    && count.isBlank();
        }

        public String getBank() { return bank; }
        public void setBank(String value) { this.bank = text(value); }
        public String getConcept() { return concept; }
        public void setConcept(String value) { this.concept = text(value); }
        public String getDifficulty() { return difficulty; }
        public void setDifficulty(String value) { this.difficulty = text(value); }
        public String getCategory() { return category; }
        public void setCategory(String value) { this.category = text(value); }
        public String getCount() { return count; }
        public void setCount(String value) { this.count = text(value); }
    }

    private static final Pattern SECTION = Pattern.compile("^sections\\[(\\d+)]");

    /** A new test: one section of picked items, marked by the items' own marks. */
    static QuizForm blank(String sectionTitle) {
        QuizForm form = new QuizForm();
        SectionForm section = new SectionForm();
        section.title = sectionTitle;
        form.sections.add(section);
        return form.withBlankRows();
    }

    /** The form showing a saved test. */
    static QuizForm of(QuizView quiz) {
        QuizSpec spec = quiz.spec();
        QuizSettings settings = spec.settings();
        QuizForm form = new QuizForm();
        form.title = spec.title();
        form.kind = Codes.of(spec.kind());
        form.description = spec.description();
        form.timeLimitMinutes = minutes(settings.timeLimitSeconds());
        form.attemptsAllowed = String.valueOf(settings.attemptsAllowed());
        form.shuffleQuestions = settings.shuffleQuestions();
        form.shuffleOptions = settings.shuffleOptions();
        form.navigation = Codes.of(settings.navigation());
        form.feedbackTiming = Codes.of(settings.feedback());
        form.questionBehaviour = Codes.of(settings.questionBehaviour());
        form.triesAllowed = String.valueOf(settings.tries());
        form.penaltyPerTry = plain(settings.penaltyPerTry());
        form.passMark = settings.passMark() == null ? "" : plain(settings.passMark());
        for (QuizSection s : spec.sections()) {
            SectionForm section = new SectionForm();
            section.title = s.title();
            section.timeLimitMinutes = minutes(s.timeLimitSeconds());
            MarkingScheme marking = s.marking();
            section.marking = marking.mode().name();
            if (marking.mode() == MarkingScheme.Mode.FIXED) {
                section.correct = plain(marking.correct());
                section.incorrect = plain(marking.incorrect());
                section.unanswered = plain(marking.unanswered());
                section.partialCredit = marking.partialCredit();
            }
            section.source = s.fixed() ? "items" : "blueprint";
            s.items().forEach(id -> section.items.add(id.toString()));
            for (QuizSection.BlueprintRule r : s.rules()) {
                RuleForm rule = new RuleForm();
                rule.bank = r.bank().toString();
                rule.concept = r.concept() == null ? "" : r.concept();
                rule.difficulty = r.difficulty() == null ? "" : r.difficulty();
                rule.category = r.category() == null ? "" : r.category().toString();
                rule.count = String.valueOf(r.count());
                section.rules.add(rule);
            }
            form.sections.add(section);
        }
        return form.withBlankRows();
    }

    /** What the teacher said, as the service's spec; fields that cannot be read are field errors. */
    QuizSpec spec() {
        List<FieldViolation> problems = new ArrayList<>();
        QuizKind quizKind = Codes.parse(QuizKind.class, kind).orElse(null);
        if (quizKind == null) {
            problems.add(new FieldViolation("kind", "unknown", "is not a kind of test"));
        }
        QuizSettings.Navigation nav = choice(QuizSettings.Navigation.class, navigation, "navigation", problems);
        QuizSettings.FeedbackTiming feedback = choice(QuizSettings.FeedbackTiming.class, feedbackTiming,
                "feedbackTiming", problems);
        QuizSettings.QuestionBehaviour behaviour = choice(QuizSettings.QuestionBehaviour.class, questionBehaviour,
                "questionBehaviour", problems);
        Integer limit = seconds(timeLimitMinutes, "timeLimitMinutes", problems);
        Integer attempts = whole(attemptsAllowed, "attemptsAllowed", problems);
        Integer tries = whole(triesAllowed, "triesAllowed", problems);
        BigDecimal penalty = decimal(penaltyPerTry, "penaltyPerTry", problems);
        BigDecimal pass = decimal(passMark, "passMark", problems);
        List<QuizSection> converted = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            converted.add(sections.get(i).spec("sections[" + i + "]", problems));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        QuizSettings settings = new QuizSettings(limit, attempts == null ? 0 : attempts, shuffleQuestions,
                shuffleOptions, nav, feedback, behaviour, tries == null ? 1 : tries,
                penalty == null ? BigDecimal.ZERO : penalty, pass);
        return new QuizSpec(title.strip(), description, quizKind, converted, settings);
    }

    /**
     * The form field a problem of the service's spec belongs to: {@code settings.tries} is
     * {@code triesAllowed}, seconds are minutes here, and a section's "items or rules" problem
     * sits by its items or its rules.
     */
    String formField(String field) {
        String f = field.startsWith("settings.") ? field.substring("settings.".length()) : field;
        f = switch (f) {
            case "timeLimitSeconds" -> "timeLimitMinutes";
            case "tries" -> "triesAllowed";
            case "feedback" -> "feedbackTiming";
            default -> f;
        };
        f = f.replace(".timeLimitSeconds", ".timeLimitMinutes").replace(".marking.", ".");
        Matcher m = SECTION.matcher(f);
        if (m.find() && m.end() == f.length()) {
            int s = Integer.parseInt(m.group(1));
            boolean rules = s < sections.size() && sections.get(s).blueprint();
            return f + (rules ? ".rules" : ".items");
        }
        if (f.matches("^sections\\[\\d+]\\.items\\[\\d+]$")) {
            return f.substring(0, f.lastIndexOf('['));
        }
        return f;
    }

    /** Blueprint sections end with one empty rule row to fill in; blank rule rows are dropped first. */
    QuizForm withBlankRows() {
        if (sections.isEmpty()) {
            sections.add(new SectionForm());
        }
        while (sections.size() > MAX_SECTIONS) {
            sections.removeLast();
        }
        for (SectionForm s : sections) {
            s.rules.removeIf(RuleForm::blank);
            while (s.rules.size() > MAX_RULES) {
                s.rules.removeLast();
            }
            s.items.removeIf(id -> id == null || id.isBlank());
            if (s.rules.size() < MAX_RULES) {
                s.rules.add(new RuleForm());
            }
        }
        return this;
    }

    /**
     * Applies a builder button that changes the form without saving it:
     * {@code add-section}, {@code remove-section:s}, {@code add-item:s:itemId}, {@code remove-item:s:i},
     * {@code up-item:s:i}, {@code down-item:s:i}, {@code remove-rule:s:r}, {@code jee:s}. Unknown or out
     * of range buttons change nothing. Returns whether it was such a button.
     */
    boolean apply(String action) {
        String[] parts = action.split(":", 3);
        try {
            switch (parts[0]) {
                case "add-section" -> {
                    if (sections.size() < MAX_SECTIONS) {
                        sections.add(new SectionForm());
                    }
                }
                case "remove-section" -> {
                    int s = index(parts, 1, sections.size());
                    if (s >= 0 && sections.size() > 1) {
                        sections.remove(s);
                    }
                }
                case "add-item" -> {
                    SectionForm section = section(parts);
                    if (section != null && parts.length == 3 && !section.items.contains(parts[2])
                            && section.items.size() < MAX_ITEMS) {
                        section.items.add(parts[2]);
                    }
                }
                case "remove-item" -> move(parts, 0);
                case "up-item" -> move(parts, -1);
                case "down-item" -> move(parts, 1);
                case "remove-rule" -> {
                    SectionForm section = section(parts);
                    int r = section == null || parts.length < 3 ? -1 : index(parts, 2, section.rules.size());
                    if (r >= 0) {
                        section.rules.remove(r);
                    }
                }
                case "jee" -> {
                    SectionForm section = section(parts);
                    if (section != null) {
                        section.marking = "FIXED";
                        section.correct = "4";
                        section.incorrect = "-1";
                        section.unanswered = "0";
                        section.partialCredit = false;
                    }
                }
                case "search", "add-rule", "refresh" -> {
                    // Re-rendering is all these need: the search fields and rule rows travel in the form.
                }
                default -> {
                    return false;
                }
            }
        } catch (NumberFormatException e) {
            return true;
        }
        return true;
    }

    /**
     * The section whose bank search results to show, or -1: the one a {@code search:s} button
     * searched in, and the one an {@code add-item:s:id} button added to, so that the teacher can go
     * on adding from the same results.
     */
    static int searchedSection(@Nullable String action) {
        if (action == null || !(action.startsWith("search:") || action.startsWith("add-item:"))) {
            return -1;
        }
        try {
            return Integer.parseInt(action.split(":", 3)[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void move(String[] parts, int by) {
        SectionForm section = section(parts);
        if (section == null || parts.length < 3) {
            return;
        }
        int i = index(parts, 2, section.items.size());
        if (i < 0) {
            return;
        }
        if (by == 0) {
            section.items.remove(i);
            return;
        }
        int j = i + by;
        if (j >= 0 && j < section.items.size()) {
            String moved = section.items.remove(i);
            section.items.add(j, moved);
        }
    }

    private @Nullable SectionForm section(String[] parts) {
        int s = index(parts, 1, sections.size());
        return s < 0 ? null : sections.get(s);
    }

    private static int index(String[] parts, int at, int size) {
        if (parts.length <= at) {
            return -1;
        }
        int i = Integer.parseInt(parts[at]);
        return i >= 0 && i < size ? i : -1;
    }

    private static @Nullable Integer seconds(String minutes, String field, List<FieldViolation> problems) {
        BigDecimal value = decimal(minutes, field, problems);
        if (value == null) {
            return null;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(7 * 24 * 60)) > 0) {
            problems.add(new FieldViolation(field, "range", "1 minute to 7 days"));
            return null;
        }
        return value.multiply(BigDecimal.valueOf(60)).intValue();
    }

    private static @Nullable Integer whole(String value, String field, List<FieldViolation> problems) {
        if (value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{1,9}")) {
            problems.add(new FieldViolation(field, "wrong-number", "is not a whole number"));
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    private static @Nullable BigDecimal decimal(String value, String field, List<FieldViolation> problems) {
        if (value.isBlank()) {
            return null;
        }
        BigDecimal number = QuizPages.decimal(value);
        if (number == null) {
            problems.add(new FieldViolation(field, "wrong-number", "is not a number"));
        }
        return number;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String code, String field,
            List<FieldViolation> problems) {
        E found = Codes.parse(type, code).orElse(null);
        if (found == null) {
            problems.add(new FieldViolation(field, "unknown", "is not one of the choices"));
            return type.getEnumConstants()[0];
        }
        return found;
    }

    private static @Nullable UUID uuid(String value, String field, List<FieldViolation> problems) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldViolation(field, "unknown", "is not one of the choices"));
            return null;
        }
    }

    private static String minutes(@Nullable Integer seconds) {
        return seconds == null ? "" : plain(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60),
                2, java.math.RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    public String getTitle() { return title; }
    public void setTitle(String value) { this.title = text(value); }
    public String getKind() { return kind; }
    public void setKind(String value) { this.kind = text(value); }
    public String getDescription() { return description; }
    public void setDescription(String value) { this.description = text(value); }
    public String getTimeLimitMinutes() { return timeLimitMinutes; }
    public void setTimeLimitMinutes(String value) { this.timeLimitMinutes = text(value); }
    public String getAttemptsAllowed() { return attemptsAllowed; }
    public void setAttemptsAllowed(String value) { this.attemptsAllowed = text(value); }
    public boolean isShuffleQuestions() { return shuffleQuestions; }
    public void setShuffleQuestions(boolean value) { this.shuffleQuestions = value; }
    public boolean isShuffleOptions() { return shuffleOptions; }
    public void setShuffleOptions(boolean value) { this.shuffleOptions = value; }
    public String getNavigation() { return navigation; }
    public void setNavigation(String value) { this.navigation = text(value); }
    public String getFeedbackTiming() { return feedbackTiming; }
    public void setFeedbackTiming(String value) { this.feedbackTiming = text(value); }
    public String getQuestionBehaviour() { return questionBehaviour; }
    public void setQuestionBehaviour(String value) { this.questionBehaviour = text(value); }
    public String getTriesAllowed() { return triesAllowed; }
    public void setTriesAllowed(String value) { this.triesAllowed = text(value); }
    public String getPenaltyPerTry() { return penaltyPerTry; }
    public void setPenaltyPerTry(String value) { this.penaltyPerTry = text(value); }
    public String getPassMark() { return passMark; }
    public void setPassMark(String value) { this.passMark = text(value); }
    public List<SectionForm> getSections() { return sections; }
    public void setSections(List<SectionForm> value) { this.sections = value == null ? new ArrayList<>() : value; }
}
