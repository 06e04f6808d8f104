package org.vidya.learning;

import java.time.Instant;

import org.vidya.catalog.CourseId;
import org.vidya.catalog.ModuleId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** A learner completed the last not-yet-completed lesson of a module. */
public record ModuleCompleted(UserId learner, CourseId course, ModuleId module, TenantId tenant, Instant occurredAt) {
}
