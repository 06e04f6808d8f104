package org.vidya.catalog;

import java.util.List;
import java.util.Optional;

/** The published version of a course a learner follows: its modules and lessons in order. */
public record CourseOutline(CourseSummary summary, int version, List<ModuleOutline> modules) {

    public CourseId id() {
        return summary.id();
    }

    /** Every lesson of the course in reading order. */
    public List<LessonOutline> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<LessonOutline> lesson(LessonId id) {
        return lessons().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    public Optional<ModuleOutline> module(ModuleId id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** The lesson after the given one in reading order, across module boundaries. */
    public Optional<LessonOutline> next(LessonId id) {
        List<LessonOutline> all = lessons();
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).id().equals(id)) {
                return Optional.of(all.get(i + 1));
            }
        }
        return Optional.empty();
    }

    public Optional<LessonOutline> previous(LessonId id) {
        List<LessonOutline> all = lessons();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).id().equals(id)) {
                return Optional.of(all.get(i - 1));
            }
        }
        return Optional.empty();
    }
}
