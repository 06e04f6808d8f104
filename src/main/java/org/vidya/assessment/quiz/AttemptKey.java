package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;

import tools.jackson.databind.JsonNode;

/**
 * The server's side of an attempt's paper, fixed when the attempt is generated: its sections
 * and, per slot, the item version drawn with its keys, marks and concepts. Learners never see it.
 * Slots are named {@code q1, q2, ...} in paper order; {@code section} indexes {@link #sections}.
 */
public record AttemptKey(List<Section> sections, List<Slot> slots) {

    public AttemptKey {
        sections = List.copyOf(sections);
        slots = List.copyOf(slots);
    }

    public record Section(String title, @Nullable Duration timeLimit, MarkingScheme marking) {
    }

    public record Slot(String slot, int section, ItemId item, int itemVersion, String type, JsonNode body,
            BigDecimal marks, BigDecimal negativeMarks, @Nullable String primaryConcept,
            List<String> secondaryConcepts, String difficulty) {

        public Slot {
            secondaryConcepts = List.copyOf(secondaryConcepts);
        }
    }
}
