package org.vidya.catalog.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.CourseSummary;
import org.vidya.catalog.LessonBlock;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.ModuleOutline;
import org.vidya.catalog.TrackId;
import org.vidya.platform.TenantId;
import org.vidya.platform.text.Markdown;

/**
 * A course version ready to read: its Markdown rendered and sanitized once for every locale it
 * has, so that each request only picks a locale. Immutable; cached by course and version.
 */
final class RenderedCourse {

    private final CourseId id;
    private final TenantId owner;
    private final int version;
    private final CourseDocument document;
    private final Map<UUID, List<BlockContent>> blocks = new HashMap<>();

    RenderedCourse(TenantId owner, int version, CourseDocument document) {
        this.id = new CourseId(requireId(document.course().id()));
        this.owner = owner;
        this.version = version;
        this.document = document;
        for (CourseDocument.Lesson lesson : document.course().lessons()) {
            blocks.put(requireId(lesson.id()), lesson.blocks().stream().map(RenderedCourse::render).toList());
        }
    }

    CourseId id() {
        return id;
    }

    TenantId owner() {
        return owner;
    }

    int version() {
        return version;
    }

    CourseDocument document() {
        return document;
    }

    CourseSummary summary(@Nullable Locale locale) {
        CourseDocument.Course c = document.course();
        CourseDocument.Track track = c.track();
        return new CourseSummary(id, owner, c.title().in(locale),
                c.description() == null ? "" : c.description().in(locale), c.level(), c.category(),
                c.estimatedHours(), c.paid(), c.price(), c.enrollment(), c.modules().size(), c.lessons().size(),
                track == null || track.id() == null ? null : new TrackId(track.id()),
                track == null ? null : track.title().in(locale),
                track == null || track.domain() == null ? null : track.domain().title().in(locale));
    }

    CourseOutline outline(@Nullable Locale locale) {
        List<ModuleOutline> modules = document.course().modules().stream().map(m -> {
            ModuleId moduleId = new ModuleId(requireId(m.id()));
            List<LessonOutline> lessons = m.lessons().stream().map(l -> new LessonOutline(
                    new LessonId(requireId(l.id())), moduleId, l.title().in(locale), l.kind(), l.estimatedMinutes(),
                    l.conceptKeys())).toList();
            return new ModuleOutline(moduleId, m.title().in(locale), lessons);
        }).toList();
        return new CourseOutline(summary(locale), version, modules);
    }

    Optional<LessonContent> lesson(LessonId lessonId, @Nullable Locale locale) {
        List<BlockContent> rendered = blocks.get(lessonId.value());
        if (rendered == null) {
            return Optional.empty();
        }
        CourseOutline outline = outline(locale);
        LessonOutline lesson = outline.lesson(lessonId).orElseThrow();
        return Optional.of(new LessonContent(outline, lesson,
                rendered.stream().map(b -> show(b, locale)).toList()));
    }

    /** Where a learner's browser fetches an image of a course. */
    static String assetUrl(CourseId course, String name) {
        return "/catalog/courses/" + course + "/assets/" + name;
    }

    // Markdown becomes HTML here, once per locale; the block keeps its shape.
    private static BlockContent render(BlockContent block) {
        return switch (block) {
            case BlockContent.MarkdownText m -> new BlockContent.MarkdownText(m.text().map(Markdown::render));
            case BlockContent.Callout c -> new BlockContent.Callout(c.style(), c.text().map(Markdown::render));
            default -> block;
        };
    }

    private LessonBlock show(BlockContent block, @Nullable Locale locale) {
        return switch (block) {
            case BlockContent.MarkdownText m -> new LessonBlock.Markdown(m.text().in(locale));
            case BlockContent.Code c -> new LessonBlock.Code(c.language(), c.code(),
                    c.caption() == null ? null : c.caption().in(locale));
            case BlockContent.Image i -> new LessonBlock.Image(assetUrl(id, i.assetName()), i.alt().in(locale),
                    i.caption() == null ? null : i.caption().in(locale));
            case BlockContent.Callout c -> new LessonBlock.Callout(c.style(), c.text().in(locale));
            case BlockContent.Question q -> new LessonBlock.Question(q.itemRef(),
                    q.prompt() == null ? null : q.prompt().in(locale));
        };
    }

    private static UUID requireId(@Nullable UUID id) {
        if (id == null) {
            throw new IllegalStateException("A course version carries the ids of its course, modules and lessons");
        }
        return id;
    }
}
