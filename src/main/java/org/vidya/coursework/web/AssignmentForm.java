package org.vidya.coursework.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.vidya.coursework.domain.AssignmentService.AssignmentView;
import org.vidya.coursework.domain.AssignmentSpec;
import org.vidya.coursework.domain.LatePolicy;
import org.vidya.coursework.domain.Rubric;
import org.vidya.coursework.domain.SubmissionType;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

/**
 * The assignment form of the gradebook, as the browser sends it: every value a string until it
 * is read into an {@link AssignmentSpec}. Rubric rows that are left entirely blank are ignored,
 * so the page can always offer empty rows to fill in.
 */
public class AssignmentForm {

    /** Empty rows the page adds for a new criterion and for new levels, so it works without scripts. */
    static final int BLANK_LEVELS = 1;

    private String title = "";
    private String instructions = "";
    private List<SubmissionType> submissionTypes = new ArrayList<>();
    private String maxPoints = "";
    private String dueAt = "";
    private String latePolicy = LatePolicy.ACCEPT.name();
    private String penaltyPercentPerDay = "0";
    private String cutoffAt = "";
    private boolean published;
    private List<CriterionForm> criteria = new ArrayList<>();

    public static class CriterionForm {
        private String title = "";
        private String description = "";
        private List<LevelForm> levels = new ArrayList<>();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title == null ? "" : title; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description == null ? "" : description; }
        public List<LevelForm> getLevels() { return levels; }
        public void setLevels(List<LevelForm> levels) { this.levels = levels == null ? new ArrayList<>() : levels; }

        boolean blank() {
            return title.isBlank() && description.isBlank() && levels.stream().allMatch(LevelForm::blank);
        }
    }

    public static class LevelForm {
        private String points = "";
        private String description = "";

        public LevelForm() {
        }

        LevelForm(String points, String description) {
            this.points = points;
            this.description = description;
        }

        public String getPoints() { return points; }
        public void setPoints(String points) { this.points = points == null ? "" : points; }
        public String getDescription() { return description; }
        public void setDescription(String description) { this.description = description == null ? "" : description; }

        boolean blank() {
            return points.isBlank() && description.isBlank();
        }
    }

    /** A new assignment: text or file, due in a week at five in the afternoon (UTC), accepting late work. */
    static AssignmentForm blank(Times times, java.time.Instant now) {
        AssignmentForm form = new AssignmentForm();
        form.submissionTypes = new ArrayList<>(List.of(SubmissionType.TEXT, SubmissionType.FILE));
        form.maxPoints = "10";
        form.dueAt = times.input(now.plus(java.time.Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.DAYS)
                .plus(java.time.Duration.ofHours(17)));
        return form.withBlankRows();
    }

    static AssignmentForm of(AssignmentView a, Times times) {
        AssignmentForm form = new AssignmentForm();
        form.title = a.title();
        form.instructions = a.instructions();
        form.submissionTypes = new ArrayList<>(a.submissionTypes());
        form.maxPoints = a.maxPoints().stripTrailingZeros().toPlainString();
        form.dueAt = times.input(a.dueAt());
        form.latePolicy = a.latePolicy().name();
        form.penaltyPercentPerDay = a.penaltyPercentPerDay().stripTrailingZeros().toPlainString();
        form.cutoffAt = times.input(a.cutoffAt());
        form.published = a.published();
        if (a.rubric() != null) {
            for (Rubric.Criterion c : a.rubric().criteria()) {
                CriterionForm criterion = new CriterionForm();
                criterion.title = c.title();
                criterion.description = c.description() == null ? "" : c.description();
                c.levels().forEach(l -> criterion.levels.add(new LevelForm(
                        l.points().stripTrailingZeros().toPlainString(), l.description())));
                form.criteria.add(criterion);
            }
        }
        return form.withBlankRows();
    }

    /** The form with one empty criterion (with empty levels) and one empty level per criterion to fill in. */
    AssignmentForm withBlankRows() {
        criteria.removeIf(CriterionForm::blank);
        for (CriterionForm c : criteria) {
            c.levels.removeIf(LevelForm::blank);
            for (int i = 0; i < BLANK_LEVELS; i++) {
                c.levels.add(new LevelForm());
            }
        }
        if (criteria.size() < Rubric.MAX_CRITERIA) {
            CriterionForm empty = new CriterionForm();
            for (int i = 0; i < 3; i++) {
                empty.levels.add(new LevelForm());
            }
            criteria.add(empty);
        }
        return this;
    }

    /** What the teacher said, or field errors for what cannot be read. */
    AssignmentSpec spec() {
        List<FieldViolation> problems = new ArrayList<>();
        BigDecimal max = decimal(maxPoints, "maxPoints", problems);
        java.time.Instant due = null;
        java.time.Instant cutoff = null;
        try {
            due = Times.parse(dueAt, "dueAt");
            if (due == null) {
                problems.add(new FieldViolation("dueAt", "required", "is required"));
            }
        } catch (ApiException e) {
            problems.addAll(e.errors());
        }
        LatePolicy policy = LatePolicy.ACCEPT.name().equals(latePolicy) ? LatePolicy.ACCEPT : LatePolicy.REJECT;
        BigDecimal penalty = BigDecimal.ZERO;
        if (policy == LatePolicy.ACCEPT) {
            penalty = penaltyPercentPerDay.isBlank() ? BigDecimal.ZERO
                    : decimal(penaltyPercentPerDay, "penaltyPercentPerDay", problems);
            try {
                cutoff = Times.parse(cutoffAt, "cutoffAt");
            } catch (ApiException e) {
                problems.addAll(e.errors());
            }
        }
        List<Rubric.CriterionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            CriterionForm c = criteria.get(i);
            if (c.blank()) {
                continue;
            }
            List<Rubric.LevelDraft> levels = new ArrayList<>();
            for (int j = 0; j < c.levels.size(); j++) {
                LevelForm l = c.levels.get(j);
                if (l.blank()) {
                    continue;
                }
                BigDecimal points = decimal(l.points, "criteria[" + i + "].levels[" + j + "].points", problems);
                levels.add(new Rubric.LevelDraft(points == null ? BigDecimal.ZERO : points, l.description));
            }
            drafts.add(new Rubric.CriterionDraft(c.title, c.description, levels));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        Set<SubmissionType> types = submissionTypes.isEmpty() ? Set.of() : EnumSet.copyOf(submissionTypes);
        return new AssignmentSpec(title, instructions, types, max, due, policy, penalty, cutoff,
                drafts.isEmpty() ? null : Rubric.of(drafts), published);
    }

    private static @Nullable BigDecimal decimal(String value, String field, List<FieldViolation> problems) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldViolation(field, "wrong-number", "is not a number"));
            return null;
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title == null ? "" : title; }
    public String getInstructions() { return instructions; }
    public void setInstructions(String instructions) { this.instructions = instructions == null ? "" : instructions; }
    public List<SubmissionType> getSubmissionTypes() { return submissionTypes; }
    public void setSubmissionTypes(List<SubmissionType> types) { this.submissionTypes = types == null ? new ArrayList<>() : types; }
    public String getMaxPoints() { return maxPoints; }
    public void setMaxPoints(String maxPoints) { this.maxPoints = maxPoints == null ? "" : maxPoints; }
    public String getDueAt() { return dueAt; }
    public void setDueAt(String dueAt) { this.dueAt = dueAt == null ? "" : dueAt; }
    public String getLatePolicy() { return latePolicy; }
    public void setLatePolicy(String latePolicy) { this.latePolicy = latePolicy == null ? "" : latePolicy; }
    public String getPenaltyPercentPerDay() { return penaltyPercentPerDay; }
    public void setPenaltyPercentPerDay(String value) { this.penaltyPercentPerDay = value == null ? "" : value; }
    public String getCutoffAt() { return cutoffAt; }
    public void setCutoffAt(String cutoffAt) { this.cutoffAt = cutoffAt == null ? "" : cutoffAt; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public List<CriterionForm> getCriteria() { return criteria; }
    public void setCriteria(List<CriterionForm> criteria) { this.criteria = criteria == null ? new ArrayList<>() : criteria; }
}
