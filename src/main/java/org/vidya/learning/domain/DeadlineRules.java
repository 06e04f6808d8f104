package org.vidya.learning.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.vidya.learning.DeadlineStyle;
import org.vidya.learning.EnrollmentSource;
import org.vidya.organization.TenantType;

/**
 * Deadlines by persona: students keep the teacher's due date, professionals set their own
 * target, self-learners have none, and a team manager's date holds for the team.
 */
public final class DeadlineRules {

    private DeadlineRules() {
    }

    /** The style an enrollment gets from how it came about and the kind of tenant it is in. */
    public static DeadlineStyle styleFor(EnrollmentSource source, TenantType tenant) {
        return switch (source) {
            case CLASS -> DeadlineStyle.ENFORCED;
            case TEAM -> DeadlineStyle.MANAGER_SET;
            // A learner who enrolled themselves (or was given a course) paces themselves: in a
            // company they set a target date, elsewhere nobody does.
            case SELF, GRANT -> tenant == TenantType.ENTERPRISE ? DeadlineStyle.SELF_SET : DeadlineStyle.NONE;
        };
    }

    /** The date that counts: the teacher's or manager's due date, the learner's target, or none. */
    public static @Nullable Instant deadline(DeadlineStyle style, @Nullable Instant dueAt, @Nullable Instant targetAt) {
        return switch (style) {
            case ENFORCED, MANAGER_SET -> dueAt;
            case SELF_SET -> targetAt;
            case NONE -> null;
        };
    }

    /** Overdue: the deadline has passed and the course is not completed. */
    public static boolean overdue(DeadlineStyle style, @Nullable Instant dueAt, @Nullable Instant targetAt,
            @Nullable Instant completedAt, Instant now) {
        Instant deadline = deadline(style, dueAt, targetAt);
        return deadline != null && completedAt == null && now.isAfter(deadline);
    }

    /** Only a self-set deadline is the learner's to set and move. */
    public static boolean learnerSetsDeadline(DeadlineStyle style) {
        return style == DeadlineStyle.SELF_SET;
    }
}
