package org.vidya.assessment.item;

import java.util.List;

import org.vidya.assessment.spi.ItemType;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/** An item type that can fill a cloze gap: its body without a {@code prompt}. */
interface GapType extends ItemType {

    /** Checks a gap's body: the type's body, where {@code prompt} is not needed. */
    List<FieldViolation> validateGap(JsonNode body);
}
