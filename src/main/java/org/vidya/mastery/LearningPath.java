package org.vidya.mastery;

import java.util.List;

import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;

/**
 * An ordered way to a goal: every concept the goal needs, prerequisites first, with what is
 * already mastered marked (and skipped by {@link #next()}), and the published lessons that teach
 * each concept.
 */
public record LearningPath(String goal, String goalTitle, List<Step> steps) {

    public LearningPath {
        steps = List.copyOf(steps);
    }

    /** The steps still to do, in order. */
    public List<Step> next() {
        return steps.stream().filter(step -> !step.mastered()).toList();
    }

    public record Step(Concept concept, double mastery, boolean mastered, boolean visible, List<LessonRef> lessons) {

        public Step {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonRef(CourseId course, LessonId lesson, String title) {
    }
}
