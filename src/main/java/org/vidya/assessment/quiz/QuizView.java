package org.vidya.assessment.quiz;

import java.time.Instant;
import java.util.UUID;

/** A test as its authors read it. */
public record QuizView(UUID id, QuizSpec spec, UUID ownerId, int items, Instant createdAt,
        Instant updatedAt) {
}
