package org.vidya.coursework;

import java.math.BigDecimal;
import java.time.Instant;

import org.vidya.catalog.CourseId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/**
 * A submission's grade was released to the learner. {@code points} is after any late
 * penalty; a regrade released later publishes again with the new points.
 */
public record SubmissionGraded(SubmissionId submission, AssignmentId assignment, UserId learner, CourseId course,
        TenantId tenant, BigDecimal points, BigDecimal maxPoints, boolean late, Instant occurredAt) {
}
