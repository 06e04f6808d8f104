package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.catalog.CourseSummary;
import org.vidya.learning.DeadlineStyle;
import org.vidya.learning.EnrollmentSource;

/**
 * An enrollment with the learner's progress in the current published version of its course.
 * {@code course} is null while the course is not published (its lessons are not shown then).
 *
 * @param deadline         the date that counts for the deadline style, if any
 * @param canSetDeadline   whether the learner sets (and moves) the deadline themselves
 * @param continueLessonId where "Continue" leads
 */
public record EnrollmentView(UUID id, UUID courseId, @Nullable CourseSummary course, EnrollmentSource source,
        DeadlineStyle deadlineStyle, @Nullable Instant deadline, @Nullable Instant dueAt, @Nullable Instant targetAt,
        boolean overdue, boolean canSetDeadline, Enrollment.Status status, Instant enrolledAt,
        @Nullable Instant completedAt, int percent, int completedLessons, int lessons, @Nullable UUID lastLessonId,
        @Nullable Instant lastActivityAt, @Nullable UUID continueLessonId) {

    public @Nullable String courseTitle() {
        return course == null ? null : course.title();
    }

    public boolean completed() {
        return completedAt != null;
    }

    /** Given by a teacher or a manager, rather than chosen by the learner. */
    public boolean assigned() {
        return source == EnrollmentSource.CLASS || source == EnrollmentSource.TEAM;
    }
}
