package org.vidya.learning;

import java.time.Instant;

import org.vidya.catalog.CourseId;
import org.vidya.catalog.LessonId;
import org.vidya.catalog.ModuleId;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

/** A learner completed a lesson for the first time; a second completion (another tab, a retry) publishes nothing. */
public record LessonCompleted(UserId learner, CourseId course, ModuleId module, LessonId lesson, TenantId tenant, Instant occurredAt) {
}
