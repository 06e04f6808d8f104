package org.vidya.learning.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;

/**
 * A published course as its learner sees it.
 *
 * @param enrollment      the signed-in person's active enrollment, if any
 * @param needsKey        self-enrollment asks for the course's key (key courses, paid courses)
 * @param selfEnrollable  the person may enroll themselves (not an assigned-only course)
 * @param continueLessonId where "Continue" (or "Start") leads
 */
public record CoursePageView(CourseOutline outline, @Nullable EnrollmentView enrollment, List<ModuleState> modules,
        boolean needsKey, boolean selfEnrollable, @Nullable UUID continueLessonId) {

    public CourseSummary course() {
        return outline.summary();
    }

    public boolean enrolled() {
        return enrollment != null;
    }
}
