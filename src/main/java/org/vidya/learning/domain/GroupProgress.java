package org.vidya.learning.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The progress of a class or team in each course given to it: one row per current learner,
 * overdue learners first.
 */
public record GroupProgress(UUID groupId, String groupName, List<CourseRows> courses) {

    /** One assigned course with a row per learner and how many of them are overdue. */
    public record CourseRows(AssignmentView assignment, int lessons, List<LearnerRow> learners) {

        public long overdue() {
            return learners.stream().filter(LearnerRow::overdue).count();
        }

        public long notEnrolled() {
            return learners.stream().filter(r -> !r.enrolled()).count();
        }
    }

    /**
     * A learner in an assigned course. {@code enrolled} is false for someone who joined the group
     * after the course was given (a re-sync enrolls them).
     */
    public record LearnerRow(UUID learnerId, String displayName, boolean enrolled, int percent,
            int completedLessons, @Nullable Instant deadline, @Nullable Instant lastActivityAt,
            @Nullable Instant completedAt, boolean overdue) {
    }
}
