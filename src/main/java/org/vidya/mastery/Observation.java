package org.vidya.mastery;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;

/**
 * One answer as evidence: the item, its concepts (the primary weighs fully, secondaries less),
 * its IRT difficulty {@code b} and discrimination {@code a}, the outcome (fraction of credit,
 * 0..1), when it happened and how long it took.
 */
public record Observation(@Nullable ItemId item, @Nullable String primaryConcept, List<String> secondaryConcepts,
        double difficulty, double discrimination, double outcome, Instant at, long responseTimeMillis) {

    public Observation {
        secondaryConcepts = List.copyOf(secondaryConcepts);
    }
}
