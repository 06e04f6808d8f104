package org.vidya.catalog;

import java.time.Instant;

import org.vidya.platform.TenantId;

/** A course was withdrawn from learners; enrollments stay, its lessons are no longer shown. */
public record CourseUnpublished(CourseId course, TenantId owner, Instant occurredAt) {
}
