package org.vidya.learning;

import java.time.Instant;

import org.vidya.catalog.CourseId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** A learner completed every lesson of the course's published version. */
public record CourseCompleted(EnrollmentId enrollment, UserId learner, CourseId course, TenantId tenant, Instant occurredAt) {
}
