package org.vidya.assessment.quiz;

import org.vidya.assessment.ItemId;

import tools.jackson.databind.JsonNode;

/** An item's body changed after attempts used it: those attempts take the new key and are regraded. */
public record ItemKeyChange(ItemId item, int version, JsonNode body) {
}
