package org.vidya.mastery;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A concept as concept reveal sees it for one learner: visible once every HARD prerequisite is
 * mastered above the reveal threshold (concepts without HARD prerequisites are always visible);
 * {@code blockedBy} lists the HARD prerequisites still below it.
 */
public record VisibleConcept(Concept concept, boolean visible, @Nullable ConceptKnowledge knowledge,
        List<String> blockedBy) {

    public VisibleConcept {
        blockedBy = List.copyOf(blockedBy);
    }
}
