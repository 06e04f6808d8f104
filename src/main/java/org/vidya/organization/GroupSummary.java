package org.vidya.organization;

import java.util.UUID;

/** A class or a team, by id and name. */
public record GroupSummary(UUID id, String name, int learners) {
}
