package org.vidya.learning;

import java.time.Instant;

import org.vidya.catalog.CourseId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** A learner was enrolled in a course (by themselves, a class, a team or a grant); published once per enrollment. */
public record LearnerEnrolled(EnrollmentId enrollment, UserId learner, CourseId course, EnrollmentSource source, TenantId tenant, Instant occurredAt) {
}
