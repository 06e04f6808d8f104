package org.vidya.coursework.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything a teacher says about an assignment, as one value: what creating it takes and what
 * editing it replaces.
 *
 * @param instructions         Markdown; rendered and sanitized wherever it is shown
 * @param penaltyPercentPerDay with {@link LatePolicy#ACCEPT}: percent of the maximum points off per started day late
 * @param cutoffAt             with {@link LatePolicy#ACCEPT}: the last moment late work is accepted; none: no end
 * @param rubric               none: graded by points alone
 * @param published            learners see published assignments only
 */
public record AssignmentSpec(String title, String instructions, Set<SubmissionType> submissionTypes,
        BigDecimal maxPoints, Instant dueAt, LatePolicy latePolicy, BigDecimal penaltyPercentPerDay,
        @Nullable Instant cutoffAt, @Nullable Rubric rubric, boolean published) {

    public AssignmentSpec {
        submissionTypes = Set.copyOf(submissionTypes);
    }
}
