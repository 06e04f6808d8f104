package org.vidya.catalog;

import java.time.Instant;

import org.vidya.platform.TenantId;

/**
 * A course version became what learners see (first publish or republish). {@code owner} is
 * {@link TenantId#PLATFORM} for a platform-wide course.
 */
public record CoursePublished(CourseId course, TenantId owner, int version, Instant occurredAt) {
}
