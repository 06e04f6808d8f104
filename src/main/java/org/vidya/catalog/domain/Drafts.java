package org.vidya.catalog.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.ModuleId;
import org.vidya.catalog.TrackId;
import org.vidya.catalog.domain.CourseAuthoring.CourseDraft;
import org.vidya.catalog.domain.CourseAuthoring.LessonRow;
import org.vidya.catalog.domain.CourseAuthoring.ModuleDraft;
import org.vidya.platform.TenantId;

/**
 * Turns a course's draft rows into what authors see of them, and into the course document that
 * publishing, preview and export share. Runs inside the caller's transaction.
 */
@Component
class Drafts {

    private final CourseModules modules;
    private final Lessons lessons;
    private final Blocks blocks;
    private final Tracks tracks;
    private final SubjectDomains domains;

    Drafts(CourseModules modules, Lessons lessons, Blocks blocks, Tracks tracks, SubjectDomains domains) {
        this.modules = modules;
        this.lessons = lessons;
        this.blocks = blocks;
        this.tracks = tracks;
        this.domains = domains;
    }

    /** The draft with its ids, in reading order. Runs inside the caller's transaction. */
    CourseDocument document(Course course) {
        Map<UUID, List<BlockContent>> blocksByLesson = new LinkedHashMap<>();
        for (Block block : blocks.findByCourseIdOrderByPosition(course.id())) {
            blocksByLesson.computeIfAbsent(block.lessonId(), id -> new ArrayList<>()).add(block.content());
        }
        Map<UUID, List<CourseDocument.Lesson>> lessonsByModule = new LinkedHashMap<>();
        for (Lesson lesson : lessons.findByCourseIdOrderByPosition(course.id())) {
            lessonsByModule.computeIfAbsent(lesson.moduleId(), id -> new ArrayList<>()).add(new CourseDocument.Lesson(
                    lesson.id(), lesson.title(), lesson.kind(), lesson.estimatedMinutes(), lesson.conceptKeys(),
                    List.copyOf(blocksByLesson.getOrDefault(lesson.id(), List.of()))));
        }
        List<CourseDocument.Module> moduleDocs = modules.findByCourseIdOrderByPosition(course.id()).stream()
                .map(m -> new CourseDocument.Module(m.id(), m.title(),
                        List.copyOf(lessonsByModule.getOrDefault(m.id(), List.of()))))
                .toList();
        CourseDocument.Track track = course.trackId() == null ? null
                : tracks.findById(course.trackId()).map(t -> track(t, course.defaultLocale())).orElse(null);
        return new CourseDocument(course.defaultLocale(), new CourseDocument.Course(course.id(), course.slug(),
                course.title(), course.description(), course.level(), course.category(), course.estimatedHours(),
                course.paid(), course.price(), course.enrollment(), track, moduleDocs));
    }

    // A track or domain may have another default locale than the course; inside the course it
    // takes the course's.
    private CourseDocument.Track track(Track track, String locale) {
        CourseDocument.Domain domain = track.domainId() == null ? null : domains.findById(track.domainId())
                .map(d -> new CourseDocument.Domain(d.id(), d.slug(), d.title().withDefault(locale))).orElse(null);
        return new CourseDocument.Track(track.id(), track.slug(), track.title().withDefault(locale),
                track.description() == null ? null : track.description().withDefault(locale), domain);
    }

    CourseDraft view(Course course) {
        Map<UUID, List<Lesson>> byModule = new LinkedHashMap<>();
        lessons.findByCourseIdOrderByPosition(course.id())
                .forEach(l -> byModule.computeIfAbsent(l.moduleId(), k -> new ArrayList<>()).add(l));
        List<ModuleDraft> moduleDrafts = modules.findByCourseIdOrderByPosition(course.id()).stream()
                .map(m -> moduleView(m, byModule.getOrDefault(m.id(), List.of()))).toList();
        return new CourseDraft(new CourseId(course.id()), new TenantId(course.tenantId()), course.slug(),
                course.title(), course.description(), course.defaultLocale(), course.level(), course.category(),
                course.estimatedHours(), course.paid(), course.price(), course.enrollment(),
                course.hasEnrollmentKey(), course.trackId() == null ? null : new TrackId(course.trackId()),
                course.published(), course.publishedVersion(), course.changedSincePublish(), course.publishedAt(),
                course.revision(), course.updatedAt(), moduleDrafts);
    }

    static ModuleDraft moduleView(CourseModule module, List<Lesson> lessons) {
        return new ModuleDraft(new ModuleId(module.id()), module.title(), module.position(), module.revision(),
                lessons.stream().map(l -> new LessonRow(new LessonId(l.id()), l.title(), l.kind(),
                        l.estimatedMinutes(), l.position())).toList());
    }
}
