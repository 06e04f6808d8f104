package org.vidya.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.catalog.CatalogManagement;
import org.vidya.catalog.CourseId;
import org.vidya.catalog.CourseOutline;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.LessonOutline;
import org.vidya.learning.CourseCompleted;
import org.vidya.learning.LessonCompleted;
import org.vidya.learning.ModuleCompleted;
import org.vidya.platform.Ids;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * Records a learner's progress in a lesson of a published course they are enrolled in, and
 * publishes {@link LessonCompleted}, {@link ModuleCompleted} and {@link CourseCompleted} in the
 * same transaction, each once. It checks no permission; the services in front of it do.
 *
 * <p>Two tabs completing the same lesson at once: the enrollment row lock makes them take
 * turns, the unique progress row and the conditional update ({@code where completed_at is
 * null}) let only the first count, and module and course completions are recorded once
 * (unique row, completion date set once).
 */
@Component
public class ProgressRecorder {

    /** What a progress report changed. {@code completed} lists every completed lesson of the course. */
    public record Recorded(Enrollment enrollment, CourseOutline outline, LessonOutline lesson,
            boolean lessonCompletedNow, boolean moduleCompletedNow, boolean courseCompletedNow,
            Set<LessonId> completed) {

        public CourseProgress progress() {
            return CourseProgress.of(outline, completed);
        }
    }

    private final CatalogManagement catalog;
    private final Enrollments enrollments;
    private final LessonProgresses progresses;
    private final ModuleCompletions modules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgressRecorder(CatalogManagement catalog, Enrollments enrollments, LessonProgresses progresses,
            ModuleCompletions modules, ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.progresses = progresses;
        this.modules = modules;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(UserId learner, CourseId course, LessonId lessonId, ProgressEvent event,
            int claimedSeconds, Locale locale) {
        CourseOutline outline = catalog.publishedCourse(course, locale).orElseThrow(LearningProblems::courseNotFound);
        LessonOutline lesson = outline.lesson(lessonId).orElseThrow(LearningProblems::lessonNotFound);
        Enrollment enrollment = enrollments.lockByLearnerAndCourse(learner.value(), course.value())
                .filter(Enrollment::active).orElseThrow(LearningProblems::notEnrolled);
        UUID tenant = enrollment.tenantId();
        Instant now = clock.instant();
        enrollment.touch(lessonId, now);
        progresses.startIfAbsent(Ids.next(), tenant, learner.value(), course.value(), lesson.module().value(),
                lessonId.value(), now);
        boolean lessonNow = false;
        boolean moduleNow = false;
        boolean courseNow = false;
        switch (event) {
            case START -> { }
            case HEARTBEAT -> progresses.findByLearnerIdAndLessonId(learner.value(), lessonId.value())
                    .ifPresent(p -> p.spend(TimeCredit.credit(claimedSeconds, p.lastSeenAt(), now), now));
            case COMPLETE -> {
                lessonNow = progresses.completeIfOpen(tenant, learner.value(), lessonId.value(), now) == 1;
                if (lessonNow) {
                    events.publishEvent(new LessonCompleted(learner, course, lesson.module(), lessonId,
                            new TenantId(tenant), now));
                }
            }
        }
        Set<LessonId> completed = completedLessons(learner, course);
        if (event == ProgressEvent.COMPLETE) {
            // Checked on every completion, not only the first: a republish may have left a
            // module or the course complete without a new lesson being done.
            var module = outline.module(lesson.module());
            if (module.isPresent() && CourseProgress.moduleComplete(module.get(), completed)
                    && modules.recordIfAbsent(Ids.next(), tenant, learner.value(), course.value(),
                            lesson.module().value(), now) == 1) {
                moduleNow = true;
                events.publishEvent(new ModuleCompleted(learner, course, lesson.module(), new TenantId(tenant), now));
            }
            if (CourseProgress.of(outline, completed).complete() && enrollment.complete(now)) {
                courseNow = true;
                events.publishEvent(new CourseCompleted(enrollment.id(), learner, course, new TenantId(tenant), now));
            }
        }
        return new Recorded(enrollment, outline, lesson, lessonNow, moduleNow, courseNow, completed);
    }

    Set<LessonId> completedLessons(UserId learner, CourseId course) {
        return progresses.findByLearnerIdAndCourseId(learner.value(), course.value()).stream()
                .filter(LessonProgress::completed).map(LessonProgress::lessonId).collect(Collectors.toSet());
    }
}
