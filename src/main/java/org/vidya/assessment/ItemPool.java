package org.vidya.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The item bank as the mastery engine uses it: adaptive selection by concept and IRT difficulty,
 * one item at a time for the diagnostic and review sessions, and calibration. Answers only with
 * items the current tenant may use (its own and the platform's), never retired ones.
 */
public interface ItemPool {

    /**
     * Auto-graded items whose primary concept is one of {@code concepts}, with IRT difficulty
     * {@code b} in {@code [minDifficulty, maxDifficulty]}, leaving out {@code exclude}; at most
     * {@code limit}, in a stable order. Fast enough to assemble a test from a 100k-item bank in
     * well under 50 ms.
     */
    List<PoolItem> candidates(Collection<String> concepts, double minDifficulty, double maxDifficulty,
            Collection<ItemId> exclude, int limit);

    /** These items as the pool sees them, in the order asked; unknown or foreign ids are left out. */
    List<PoolItem> items(Collection<ItemId> ids);

    /** What a learner is shown of the item (its type's rendering, no keys), in their language when translated. */
    Optional<PresentedItem> present(ItemId item, String language, long seed);

    /**
     * Grades one response outside a test (practice, review, diagnostic). 400
     * {@code invalid-response} with per-field errors when its shape is wrong; 404 for an unknown
     * item; 422 {@code not-auto-graded} for essays.
     */
    PracticeGrade grade(ItemId item, JsonNode response, String language);

    /**
     * Stores calibrated IRT parameters estimated from {@code responses} graded answers. Runs as the
     * system (the calibration job), for items of the current tenant or, with no tenant, of the
     * platform.
     */
    void calibrate(ItemId item, double a, double b, double c, long responses);
}
