package org.vidya.catalog.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonKind;

/**
 * A whole course as {@code docs/course-format.md} describes it: what a published version
 * stores (with ids) and what a package carries (ids ignored on import).
 */
public record CourseDocument(String defaultLocale, Course course) {

    public record Course(@Nullable UUID id, String slug, LocalizedText title, @Nullable LocalizedText description,
            CourseLevel level, String category, BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price,
            EnrollmentPolicy enrollment, @Nullable Track track, List<Module> modules) {

        public List<Lesson> lessons() {
            return modules.stream().flatMap(m -> m.lessons().stream()).toList();
        }
    }

    public record Track(@Nullable UUID id, String slug, LocalizedText title, @Nullable LocalizedText description,
            @Nullable Domain domain) {
    }

    public record Domain(@Nullable UUID id, String slug, LocalizedText title) {
    }

    public record Module(@Nullable UUID id, LocalizedText title, List<Lesson> lessons) {
    }

    public record Lesson(@Nullable UUID id, LocalizedText title, LessonKind kind, int estimatedMinutes,
            List<String> conceptKeys, List<BlockContent> blocks) {
    }
}
