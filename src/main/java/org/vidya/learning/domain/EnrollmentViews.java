package org.vidya.learning.domain;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.catalog.ModuleOutline;

/** Turns enrollments and progress rows into what pages and the API show. */
@Component
class EnrollmentViews {

    private final CatalogManagement catalog;
    private final LessonProgresses progresses;
    private final Clock clock;

    EnrollmentViews(CatalogManagement catalog, LessonProgresses progresses, Clock clock) {
        this.catalog = catalog;
        this.progresses = progresses;
        this.clock = clock;
    }

    EnrollmentView view(Enrollment e, Locale locale) {
        Optional<CourseOutline> outline = catalog.publishedCourse(e.courseId(), locale);
        return view(e, outline.orElse(null), progressOf(e));
    }

    List<EnrollmentView> views(Collection<Enrollment> enrollments, Locale locale) {
        Map<CourseId, CourseOutline> outlines = enrollments.stream().map(Enrollment::courseId).distinct()
                .map(c -> catalog.publishedCourse(c, locale)).flatMap(Optional::stream)
                .collect(Collectors.toMap(CourseOutline::id, Function.identity()));
        return enrollments.stream().map(e -> view(e, outlines.get(e.courseId()), progressOf(e))).toList();
    }

    EnrollmentView view(Enrollment e, @Nullable CourseOutline outline, List<LessonProgress> progress) {
        Set<LessonId> completed = completed(progress);
        CourseProgress p = outline == null ? new CourseProgress(0, 0) : CourseProgress.of(outline, completed);
        LessonId next = outline == null ? null
                : CourseProgress.continueAt(outline, completed, e.lastLessonId()).orElse(null);
        return new EnrollmentView(e.id().value(), e.courseId().value(), outline == null ? null : outline.summary(),
                e.source(), e.deadlineStyle(), DeadlineRules.deadline(e.deadlineStyle(), e.dueAt(), e.targetAt()),
                e.dueAt(), e.targetAt(),
                DeadlineRules.overdue(e.deadlineStyle(), e.dueAt(), e.targetAt(), e.completedAt(), clock.instant()),
                DeadlineRules.learnerSetsDeadline(e.deadlineStyle()), e.status(), e.enrolledAt(), e.completedAt(),
                p.percent(), p.completed(), p.lessons(), e.lastLessonId() == null ? null : e.lastLessonId().value(),
                e.lastActivityAt(), next == null ? null : next.value());
    }

    /** Each module of the outline with the learner's state in each of its lessons. */
    static List<ModuleState> modules(CourseOutline outline, List<LessonProgress> progress) {
        Map<LessonId, LessonProgress> byLesson = progress.stream()
                .collect(Collectors.toMap(LessonProgress::lessonId, Function.identity(), (a, b) -> a));
        Set<LessonId> completed = completed(progress);
        return outline.modules().stream().map(m -> new ModuleState(m, lessons(m, byLesson),
                CourseProgress.moduleComplete(m, completed))).toList();
    }

    private static List<LessonState> lessons(ModuleOutline module, Map<LessonId, LessonProgress> byLesson) {
        return module.lessons().stream().map(l -> state(l, byLesson.get(l.id()))).toList();
    }

    static LessonState state(LessonOutline lesson, @Nullable LessonProgress p) {
        return new LessonState(lesson, p != null, p != null && p.completed(), p == null ? 0 : p.secondsSpent());
    }

    List<LessonProgress> progressOf(Enrollment e) {
        return progresses.findByLearnerIdAndCourseId(e.learnerId().value(), e.courseId().value());
    }

    static Set<LessonId> completed(List<LessonProgress> progress) {
        return progress.stream().filter(LessonProgress::completed).map(LessonProgress::lessonId)
                .collect(Collectors.toSet());
    }
}
