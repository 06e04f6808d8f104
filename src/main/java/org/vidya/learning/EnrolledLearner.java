package org.vidya.learning;

import org.vidya.platform.UserId;

/** A learner enrolled in a course of the current tenant, by name. */
public record EnrolledLearner(UserId userId, String displayName, EnrollmentId enrollment) {
}
