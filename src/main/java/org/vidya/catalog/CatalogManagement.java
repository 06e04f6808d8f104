package org.vidya.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What other modules may ask of the catalog. Every query answers only with published content
 * visible to the current tenant: the tenant's own courses and the platform-wide ones. Text
 * comes in the asked locale, falling back to the course's default locale.
 */
public interface CatalogManagement {

    /** Published courses matching the query, ordered by title. */
    List<CourseSummary> browse(CatalogQuery query, Locale locale);

    /** The published course, or empty when it does not exist, is a draft, or belongs to another tenant. */
    Optional<CourseOutline> publishedCourse(CourseId course, Locale locale);

    /** The published lesson with its blocks, or empty as for {@link #publishedCourse}. */
    Optional<LessonContent> publishedLesson(CourseId course, LessonId lesson, Locale locale);

    /** Summaries of the given published courses; ids that are not visible are left out. */
    Map<CourseId, CourseSummary> summaries(Collection<CourseId> courses, Locale locale);

    /** Whether the key opens the course for self-enrollment (compared in constant time). */
    boolean enrollmentKeyMatches(CourseId course, String key);
}
