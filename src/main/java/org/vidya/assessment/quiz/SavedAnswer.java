package org.vidya.assessment.quiz;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** The last saved response to one slot, with the time the learner spent on it. */
public record SavedAnswer(String slot, JsonNode response, long timeSpentMillis, boolean flagged, Instant savedAt) {
}
