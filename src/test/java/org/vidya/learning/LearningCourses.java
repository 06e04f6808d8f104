package org.vidya.learning;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CatalogQuery;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
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

    /**
     * The platform's "Python Basics" as members of {@code viewer} see it: the demo course when
     * its package is on the class path, else one made here (3 modules of 3 lessons), as the
     * platform would.
     */
    public static CourseId pythonBasics(CatalogManagement catalog, CourseAuthoring authoring, TenantId viewer) {
        return Tenancy.callAs(viewer, () -> catalog.browse(new CatalogQuery("Python Basics", null, null, null, null),
                Locale.ENGLISH).stream().filter(c -> c.title().equals("Python Basics")).map(c -> c.id()).findFirst())
                .orElseGet(() -> publishPythonBasics(authoring));
    }

    private static CourseId publishPythonBasics(CourseAuthoring authoring) {
        VidyaPrincipal platform = new VidyaPrincipal(UserId.random(), "platform-author@vidya.local", "Vidya", null,
                EnumSet.of(Role.PLATFORM_ADMIN), 0, null);
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(platform, null,
                platform.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            var course = authoring.createCourse(new CourseFields("python-basics-" + UUID.randomUUID().toString()
                    .substring(0, 8), "en", Map.of("en", "Python Basics"),
                    Map.of("en", "Variables, control flow and functions."), CourseLevel.BEGINNER, "Programming",
                    new BigDecimal("12"), false, null, EnrollmentPolicy.OPEN, null));
            for (int m = 1; m <= 3; m++) {
                var module = authoring.addModule(course.id(), Map.of("en", "Module " + m));
                for (int l = 1; l <= 3; l++) {
                    var lesson = authoring.addLesson(course.id(), module.id(), new CourseAuthoring.LessonFields(
                            Map.of("en", "Lesson " + m + "." + l), LessonKind.CONCEPT_INTRO, 15, List.of()));
                    authoring.addBlock(course.id(), lesson.id(), BlockInput.markdown(Map.of("en",
                            "Python runs your program **top to bottom**.")), null);
                }
            }
            authoring.publish(course.id());
            return course.id();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
