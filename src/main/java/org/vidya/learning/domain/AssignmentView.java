package org.vidya.learning.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A course given to a class or a team, due by a date. {@code courseTitle} is null while the course is unpublished. */
public record AssignmentView(UUID id, UUID courseId, @Nullable String courseTitle, @Nullable UUID classId,
        @Nullable UUID teamId, String groupName, Instant dueAt, UUID assignedBy, Instant createdAt) {
}
