package org.vidya.learning.domain;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleOutline;

/**
 * A published lesson opened by an enrolled learner, with where it sits in the course.
 *
 * @param position the lesson's place in reading order, from 1
 */
public record LessonPageView(LessonContent content, ModuleOutline module, LessonState state, int position,
        int total, CourseProgress progress, @Nullable LessonOutline previous, @Nullable LessonOutline next,
        EnrollmentView enrollment) {
}
