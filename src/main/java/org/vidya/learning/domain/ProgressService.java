package org.vidya.learning.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.EnrollmentPolicy;
import org.vidya.catalog.LessonContent;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;

/** The signed-in learner's side of a course: its page, its lessons and the progress they report. */
@Service
public class ProgressService {

    private final CatalogManagement catalog;
    private final Enrollments enrollments;
    private final LessonProgresses progresses;
    private final ProgressRecorder recorder;
    private final EnrollmentViews views;

    ProgressService(CatalogManagement catalog, Enrollments enrollments, LessonProgresses progresses,
            ProgressRecorder recorder, EnrollmentViews views) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.progresses = progresses;
        this.recorder = recorder;
        this.views = views;
    }

    /** Records a start, a heartbeat ({@code seconds} on the page) or a completion. */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public ProgressRecorder.Recorded record(CourseId course, LessonId lesson, ProgressEvent event, int seconds,
            Locale locale) {
        return recorder.record(CurrentUser.id(), course, lesson, event, seconds, locale);
    }

    /** A published course with the signed-in person's enrollment and progress, if any. */
    @PreAuthorize("hasAuthority('CATALOG_READ')")
    @Transactional(readOnly = true)
    public CoursePageView coursePage(CourseId course, Locale locale) {
        CourseOutline outline = catalog.publishedCourse(course, locale).orElseThrow(LearningProblems::courseNotFound);
        UserId me = CurrentUser.id();
        Optional<Enrollment> enrollment = enrollments.findByLearnerIdAndCourseId(me.value(), course.value())
                .filter(Enrollment::active);
        List<LessonProgress> progress = progresses.findByLearnerIdAndCourseId(me.value(), course.value());
        EnrollmentView view = enrollment.map(e -> views.view(e, outline, progress)).orElse(null);
        boolean needsKey = outline.summary().enrollment() == EnrollmentPolicy.KEY || outline.summary().paid();
        return new CoursePageView(outline, view, EnrollmentViews.modules(outline, progress), needsKey,
                outline.summary().enrollment() != EnrollmentPolicy.ASSIGNED,
                view != null ? view.continueLessonId() : outline.lessons().stream().findFirst()
                        .map(l -> l.id().value()).orElse(null));
    }

    /**
     * Opens a lesson for its enrolled learner and records the first view. Not enrolled: the
     * {@code not-enrolled} problem (pages send the person to the course page to enroll).
     */
    @PreAuthorize("hasAuthority('COURSES_LEARN')")
    @Transactional
    public LessonPageView openLesson(CourseId course, LessonId lesson, Locale locale) {
        LessonContent content = catalog.publishedLesson(course, lesson, locale)
                .orElseThrow(LearningProblems::lessonNotFound);
        ProgressRecorder.Recorded recorded = recorder.record(CurrentUser.id(), course, lesson, ProgressEvent.START, 0,
                locale);
        CourseOutline outline = content.course();
        List<LessonProgress> progress = views.progressOf(recorded.enrollment());
        LessonProgress mine = progress.stream().filter(p -> p.lessonId().equals(lesson)).findFirst().orElse(null);
        List<LessonOutline> all = outline.lessons();
        int position = 1 + all.stream().map(LessonOutline::id).toList().indexOf(lesson);
        return new LessonPageView(content, outline.module(content.lesson().module()).orElseThrow(
                LearningProblems::lessonNotFound), EnrollmentViews.state(content.lesson(), mine), position,
                all.size(), CourseProgress.of(outline, EnrollmentViews.completed(progress)),
                outline.previous(lesson).orElse(null), outline.next(lesson).orElse(null),
                views.view(recorded.enrollment(), outline, progress));
    }
}
