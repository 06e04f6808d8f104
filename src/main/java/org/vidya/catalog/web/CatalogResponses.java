package org.vidya.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseLevel;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonBlock;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonKind;
import org.vidya.catalog.LessonOutline;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What the REST API answers about published (or previewed) courses. */
final class CatalogResponses {

    private CatalogResponses() {
    }

    record CourseResponse(UUID id, boolean platformWide, String title, String description, CourseLevel level,
            String category, BigDecimal estimatedHours, boolean paid, @Nullable BigDecimal price,
            EnrollmentPolicy enrollment, int modules, int lessons, @Nullable UUID trackId,
            @Nullable String trackTitle, @Nullable String domainTitle) {

        static CourseResponse of(CourseSummary s) {
            return new CourseResponse(s.id().value(), s.platformWide(), s.title(), s.description(), s.level(),
                    s.category(), s.estimatedHours(), s.paid(), s.price(), s.enrollment(), s.modules(), s.lessons(),
                    s.track() == null ? null : s.track().value(), s.trackTitle(), s.domainTitle());
        }
    }

    record LessonSummaryResponse(UUID id, UUID moduleId, String title, LessonKind kind, int estimatedMinutes,
            List<String> conceptKeys) {

        static LessonSummaryResponse of(LessonOutline l) {
            return new LessonSummaryResponse(l.id().value(), l.module().value(), l.title(), l.kind(),
                    l.estimatedMinutes(), l.conceptKeys());
        }
    }

    record ModuleResponse(UUID id, String title, List<LessonSummaryResponse> lessons) {
    }

    record OutlineResponse(CourseResponse course, int version, List<ModuleResponse> modules) {

        static OutlineResponse of(CourseOutline o) {
            return new OutlineResponse(CourseResponse.of(o.summary()), o.version(), o.modules().stream()
                    .map(m -> new ModuleResponse(m.id().value(), m.title(),
                            m.lessons().stream().map(LessonSummaryResponse::of).toList()))
                    .toList());
        }
    }

    /** One block; {@code type} says which other fields it has. Every {@code html} is sanitized. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BlockResponse(String type, @Nullable String html, @Nullable String language, @Nullable String code,
            @Nullable String caption, @Nullable String url, @Nullable String alt, @Nullable String style,
            @Nullable String itemRef, @Nullable String prompt) {

        static BlockResponse of(LessonBlock block, String assetBase) {
            return switch (block) {
                case LessonBlock.Markdown m -> new BlockResponse(m.type(), m.html(), null, null, null, null, null,
                        null, null, null);
                case LessonBlock.Code c -> new BlockResponse(c.type(), null, c.language(), c.code(), c.caption(), null,
                        null, null, null, null);
                case LessonBlock.Image i -> new BlockResponse(i.type(), null, null, null, i.caption(),
                        assetBase + i.url().substring(i.url().lastIndexOf('/') + 1), i.alt(), null, null, null);
                case LessonBlock.Callout c -> new BlockResponse(c.type(), c.html(), null, null, null, null, null,
                        c.style(), null, null);
                case LessonBlock.Question q -> new BlockResponse(q.type(), null, null, null, null, null, null, null,
                        q.itemRef(), q.prompt());
            };
        }
    }

    record LessonResponse(UUID courseId, int version, LessonSummaryResponse lesson, String courseTitle,
            String moduleTitle, @Nullable UUID previous, @Nullable UUID next, List<BlockResponse> blocks) {

        /** {@code assetBase} is where this API serves the course's images, ending in a slash. */
        static LessonResponse of(LessonContent content, String assetBase) {
            CourseOutline course = content.course();
            LessonOutline lesson = content.lesson();
            return new LessonResponse(course.id().value(), course.version(), LessonSummaryResponse.of(lesson),
                    course.summary().title(), course.module(lesson.module()).orElseThrow().title(),
                    course.previous(lesson.id()).map(l -> l.id().value()).orElse(null),
                    course.next(lesson.id()).map(l -> l.id().value()).orElse(null),
                    content.blocks().stream().map(b -> BlockResponse.of(b, assetBase)).toList());
        }
    }
}
