package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.Ids;

/**
 * How work is graded: criteria, each with levels of achievement worth some points. A grade picks
 * one level per criterion; the points are the sum of the picked levels, and the rubric's maximum
 * (the best level of every criterion) equals the assignment's maximum points.
 */
public record Rubric(List<Criterion> criteria) {

    public static final int MAX_CRITERIA = 10;
    public static final int MAX_LEVELS = 6;
    public static final int MAX_TITLE = 120;
    public static final int MAX_DESCRIPTION = 300;

    public Rubric {
        criteria = List.copyOf(criteria);
    }

    /** A criterion, with its levels from best to worst as the author ordered them. */
    public record Criterion(UUID id, String title, @Nullable String description, List<Level> levels) {

        public Criterion {
            levels = List.copyOf(levels);
        }

        public BigDecimal maxPoints() {
            return levels.stream().map(Level::points).reduce(BigDecimal.ZERO, BigDecimal::max);
        }

        public Optional<Level> level(UUID id) {
            return levels.stream().filter(l -> l.id().equals(id)).findFirst();
        }
    }

    /** One level of a criterion: what the work shows, and what it is worth. */
    public record Level(UUID id, BigDecimal points, String description) {
    }

    /** A criterion or level as an author writes it, before it has an id. */
    public record CriterionDraft(String title, @Nullable String description, List<LevelDraft> levels) {
    }

    public record LevelDraft(BigDecimal points, String description) {
    }

    /** A rubric from what an author wrote, with new ids; checked by {@link #problems}. */
    public static Rubric of(List<CriterionDraft> drafts) {
        List<Criterion> criteria = new ArrayList<>();
        for (CriterionDraft draft : drafts) {
            List<Level> levels = draft.levels().stream()
                    .map(l -> new Level(Ids.next(), l.points(), l.description().strip())).toList();
            String description = draft.description() == null || draft.description().isBlank() ? null
                    : draft.description().strip();
            criteria.add(new Criterion(Ids.next(), draft.title().strip(), description, levels));
        }
        return new Rubric(criteria);
    }

    public BigDecimal maxPoints() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Optional<Criterion> criterion(UUID id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** What is wrong with this rubric for an assignment worth {@code maxPoints}; empty when nothing. */
    public List<FieldViolation> problems(BigDecimal maxPoints) {
        List<FieldViolation> problems = new ArrayList<>();
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            problems.add(new FieldViolation("rubric.criteria", "size",
                    "a rubric has 1 to " + MAX_CRITERIA + " criteria"));
            return problems;
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            String field = "rubric.criteria[" + i + "]";
            if (c.title().isBlank() || c.title().length() > MAX_TITLE) {
                problems.add(new FieldViolation(field + ".title", "size",
                        "needs a title of at most " + MAX_TITLE + " characters"));
            }
            if (c.description() != null && c.description().length() > MAX_DESCRIPTION) {
                problems.add(new FieldViolation(field + ".description", "size",
                        "must be at most " + MAX_DESCRIPTION + " characters"));
            }
            if (c.levels().isEmpty() || c.levels().size() > MAX_LEVELS) {
                problems.add(new FieldViolation(field + ".levels", "size",
                        "a criterion has 1 to " + MAX_LEVELS + " levels"));
                continue;
            }
            for (int j = 0; j < c.levels().size(); j++) {
                Level l = c.levels().get(j);
                String levelField = field + ".levels[" + j + "]";
                if (l.points().signum() < 0 || l.points().scale() > 2) {
                    problems.add(new FieldViolation(levelField + ".points", "out-of-range",
                            "must be zero or more, in hundredths at most"));
                }
                if (l.description().isBlank() || l.description().length() > MAX_DESCRIPTION) {
                    problems.add(new FieldViolation(levelField + ".description", "size",
                            "needs a description of at most " + MAX_DESCRIPTION + " characters"));
                }
            }
        }
        if (problems.isEmpty() && maxPoints().compareTo(maxPoints) != 0) {
            problems.add(new FieldViolation("rubric", "max-points-mismatch", "the best levels add up to "
                    + maxPoints().stripTrailingZeros().toPlainString() + " points, but the assignment is worth "
                    + maxPoints.stripTrailingZeros().toPlainString()));
        }
        return problems;
    }

    /**
     * The points of a pick of one level per criterion (criterion id to level id), or the
     * problems with the pick: a criterion left out, or an id that is not in this rubric.
     */
    public Scored score(Map<UUID, UUID> picks) {
        List<FieldViolation> problems = new ArrayList<>();
        BigDecimal points = BigDecimal.ZERO;
        Map<UUID, UUID> ordered = new LinkedHashMap<>();
        Set<UUID> known = new HashSet<>();
        for (Criterion c : criteria) {
            known.add(c.id());
            UUID picked = picks.get(c.id());
            if (picked == null) {
                problems.add(new FieldViolation("levels." + c.id(), "required", "pick a level for " + c.title()));
                continue;
            }
            Optional<Level> level = c.level(picked);
            if (level.isEmpty()) {
                problems.add(new FieldViolation("levels." + c.id(), "unknown-level",
                        "is not a level of " + c.title()));
                continue;
            }
            points = points.add(level.get().points());
            ordered.put(c.id(), picked);
        }
        picks.keySet().stream().filter(id -> !known.contains(id)).forEach(id ->
                problems.add(new FieldViolation("levels." + id, "unknown-criterion", "is not a criterion of this rubric")));
        return new Scored(points, ordered, problems);
    }

    /** The outcome of {@link #score}: points and picks when {@code problems} is empty. */
    public record Scored(BigDecimal points, Map<UUID, UUID> picks, List<FieldViolation> problems) {
    }

    /** Whether the two rubrics say the same thing (ids aside). */
    public boolean sameContentAs(@Nullable Rubric other) {
        if (other == null || other.criteria.size() != criteria.size()) {
            return false;
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion a = criteria.get(i);
            Criterion b = other.criteria.get(i);
            if (!a.title().equals(b.title()) || !java.util.Objects.equals(a.description(), b.description())
                    || a.levels().size() != b.levels().size()) {
                return false;
            }
            for (int j = 0; j < a.levels().size(); j++) {
                Level x = a.levels().get(j);
                Level y = b.levels().get(j);
                if (x.points().compareTo(y.points()) != 0 || !x.description().equals(y.description())) {
                    return false;
                }
            }
        }
        return true;
    }
}
