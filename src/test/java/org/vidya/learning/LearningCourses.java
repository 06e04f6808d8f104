package org.vidya.learning;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.platform.TenantId;
import org.vidya.support.Courses;

/** Published courses of each enrollment kind for learning tests: open, key, assigned-only and paid. */
public final class LearningCourses {

    private LearningCourses() {
    }

    /** A published course with this enrollment policy, paid or free, with this key (if any). */
    public static CourseOutline publish(Courses courses, TenantId owner, String title, EnrollmentPolicy policy,
            boolean paid, @Nullable String key, int modules, int lessonsPerModule) {
        CourseDraft draft = courses.draft(owner, title, modules, lessonsPerModule, paid);
        courses.as(owner, () -> {
            if (draft.enrollment() != policy) {
                courses.authoring().updateCourse(draft.id(), new CourseFields(draft.slug(), null,
                        Map.of("en", title), Map.of("en", "About " + title), CourseLevel.BEGINNER, "Testing",
                        new BigDecimal("2.5"), paid, paid ? new BigDecimal("499.00") : null, policy, null));
            }
            if (key != null) {
                courses.authoring().setEnrollmentKey(draft.id(), key);
            }
            return courses.authoring().publish(draft.id());
        });
        return courses.outline(owner, draft.id());
    }
}
