package org.vidya.assessment;

import tools.jackson.databind.JsonNode;

/** An item as a learner sees it: {@code view} is its type's rendering (docs/item-format.md), without keys. */
public record PresentedItem(ItemId id, int version, String type, JsonNode view) {
}
