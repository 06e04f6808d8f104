package org.vidya.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleOutline;

/**
 * How far a learner is in the current published version of a course. Only lessons of that
 * version count: a lesson removed by a republish no longer adds to the percentage, one added
 * lowers it until it is done.
 *
 * @param lessons   lessons of the published version
 * @param completed of those, the ones the learner completed
 */
public record CourseProgress(int lessons, int completed) {

    public static CourseProgress of(CourseOutline outline, Set<LessonId> completedLessons) {
        List<LessonOutline> all = outline.lessons();
        int done = (int) all.stream().filter(l -> completedLessons.contains(l.id())).count();
        return new CourseProgress(all.size(), done);
    }

    /** Whole percent, rounded down, so that 100 means every lesson is done. */
    public int percent() {
        return lessons == 0 ? 0 : (int) (completed * 100L / lessons);
    }

    /** Every lesson done (an empty course is never complete). */
    public boolean complete() {
        return lessons > 0 && completed == lessons;
    }

    /** A module is complete when each of its lessons in the published version is. */
    public static boolean moduleComplete(ModuleOutline module, Set<LessonId> completedLessons) {
        return !module.lessons().isEmpty()
                && module.lessons().stream().allMatch(l -> completedLessons.contains(l.id()));
    }

    /**
     * Where "Continue" leads: the lesson last worked on while it is unfinished, else the first
     * unfinished lesson in reading order, else (all done) the first lesson; empty for a course
     * without lessons.
     */
    public static Optional<LessonId> continueAt(CourseOutline outline, Set<LessonId> completedLessons,
            @Nullable LessonId lastLesson) {
        List<LessonOutline> all = outline.lessons();
        if (lastLesson != null && !completedLessons.contains(lastLesson) && outline.lesson(lastLesson).isPresent()) {
            return Optional.of(lastLesson);
        }
        return all.stream().map(LessonOutline::id).filter(id -> !completedLessons.contains(id)).findFirst()
                .or(() -> all.stream().map(LessonOutline::id).findFirst());
    }
}
