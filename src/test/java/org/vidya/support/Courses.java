package org.vidya.support;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.domain.BlockInput;
import org.vidya.catalog.domain.CourseAuthoring;
import org.vidya.catalog.domain.CourseImages;
import org.vidya.catalog.domain.TrackAuthoring;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.CourseFields;
import org.vidya.catalog.domain.CourseAuthoring.LessonFields;
import org.vidya.catalog.domain.CourseAuthoring.ModuleDraft;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Makes courses through the real authoring service, as an author of the owning tenant (a
 * platform admin for {@link TenantId#PLATFORM}): modules, lessons with real blocks (Markdown,
 * code, a callout, a question), and publishing. Titles are made unique with a random suffix.
 */
public class Courses {

    private final CourseAuthoring authoring;
    private final TrackAuthoring tracks;
    private final CourseImages images;
    private final CatalogManagement catalog;

    Courses(CourseAuthoring authoring, TrackAuthoring tracks, CourseImages images, CatalogManagement catalog) {
        this.authoring = authoring;
        this.tracks = tracks;
        this.images = images;
        this.catalog = catalog;
    }

    /** A published course of {@code owner} with this many modules and lessons; its outline as learners see it. */
    public CourseOutline publish(TenantId owner, String title, int modules, int lessonsPerModule) {
        CourseDraft draft = draft(owner, title, modules, lessonsPerModule);
        as(owner, () -> authoring.publish(draft.id()));
        return outline(owner, draft.id());
    }

    /** An open, free course of {@code owner} that was never published. */
    public CourseDraft draft(TenantId owner, String title, int modules, int lessonsPerModule) {
        return draft(owner, title, modules, lessonsPerModule, false);
    }

    /** As {@link #draft(TenantId, String, int, int)}; a paid course needs its enrollment key. */
    public CourseDraft draft(TenantId owner, String title, int modules, int lessonsPerModule, boolean paid) {
        return as(owner, () -> {
            String slug = slug(title);
            CourseDraft course = authoring.createCourse(new CourseFields(slug, "en",
                    Map.of("en", title), Map.of("en", "What " + title + " teaches, one small step at a time."),
                    CourseLevel.BEGINNER, "Testing", new BigDecimal("2.5"), paid,
                    paid ? new BigDecimal("499.00") : null, paid ? EnrollmentPolicy.KEY : EnrollmentPolicy.OPEN,
                    null));
            for (int m = 1; m <= modules; m++) {
                ModuleDraft module = authoring.addModule(course.id(), Map.of("en", "Module " + m + " of " + title));
                for (int l = 1; l <= lessonsPerModule; l++) {
                    var lesson = authoring.addLesson(course.id(), module.id(), new LessonFields(
                            Map.of("en", "Lesson " + m + "." + l), LessonKind.CONCEPT_INTRO, 10,
                            List.of("testing.lesson-" + m + "-" + l)));
                    authoring.addBlock(course.id(), lesson.id(), BlockInput.markdown(Map.of("en",
                            "## Step " + m + "." + l + "\nEvery program runs **top to bottom**.")), null);
                    authoring.addBlock(course.id(), lesson.id(), BlockInput.code("python",
                            "print(\"step " + m + "." + l + "\")", Map.of("en", "Run it")), null);
                    authoring.addBlock(course.id(), lesson.id(), BlockInput.callout("tip",
                            Map.of("en", "Type the example yourself.")), null);
                    authoring.addBlock(course.id(), lesson.id(), BlockInput.question("testing.q-" + m + "-" + l,
                            Map.of("en", "What does the program print?")), null);
                }
            }
            return authoring.course(course.id());
        });
    }

    /** The published course as a member of {@code viewer} sees it. */
    public CourseOutline outline(TenantId viewer, CourseId course) {
        return Tenancy.callAs(viewer, () -> catalog.publishedCourse(course, Locale.ENGLISH)).orElseThrow();
    }

    /** Runs work as a content author of the tenant, or as a platform admin for the platform. */
    public <T> T as(TenantId owner, Supplier<T> work) {
        boolean platform = TenantId.PLATFORM.equals(owner);
        VidyaPrincipal author = new VidyaPrincipal(UserId.random(), "author-" + TestData.suffix() + "@example.org",
                "Course author", platform ? null : owner,
                platform ? EnumSet.of(Role.PLATFORM_ADMIN) : EnumSet.of(Role.CONTENT_CREATOR), 0, null);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(author, null,
                author.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return platform ? work.get() : Tenancy.callAs(owner, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public CourseAuthoring authoring() {
        return authoring;
    }

    public TrackAuthoring tracks() {
        return tracks;
    }

    public CourseImages images() {
        return images;
    }

    public static String slug(String title) {
        String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (base.isEmpty() ? "course" : base.length() > 40 ? base.substring(0, 40).replaceAll("-$", "") : base)
                + "-" + TestData.suffix();
    }
}
