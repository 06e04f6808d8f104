package org.vidya.catalog.web;

import java.util.ArrayList;
import java.util.List;

import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.LessonDraft;
import org.vidya.catalog.domain.CourseAuthoring.ModuleDraft;

/**
 * The orders a page offers: for each "move up" and "move down" button, the ids in the order the
 * page shows with one item moved. The page sends that order with the revision it showed, so a
 * move made from an outdated view is refused instead of undoing someone else's change.
 */
final class Moves {

    static final Moves INSTANCE = new Moves();

    private Moves() {
    }

    public List<String> modules(CourseDraft course) {
        return course.modules().stream().map(m -> m.id().toString()).toList();
    }

    public List<String> lessons(ModuleDraft module) {
        return module.lessons().stream().map(l -> l.id().toString()).toList();
    }

    public List<String> blocks(LessonDraft lesson) {
        return lesson.blocks().stream().map(b -> b.id().toString()).toList();
    }

    /** The ids with the item at {@code index} one place earlier (the same order when it is first). */
    public List<String> up(List<String> ids, int index) {
        return swap(ids, index, index - 1);
    }

    /** The ids with the item at {@code index} one place later (the same order when it is last). */
    public List<String> down(List<String> ids, int index) {
        return swap(ids, index, index + 1);
    }

    private static List<String> swap(List<String> ids, int from, int to) {
        List<String> order = new ArrayList<>(ids);
        if (from >= 0 && to >= 0 && from < order.size() && to < order.size()) {
            order.set(from, ids.get(to));
            order.set(to, ids.get(from));
        }
        return order;
    }
}
