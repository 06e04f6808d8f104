package org.vidya.mastery.model;

import java.util.List;

import org.vidya.mastery.Explanation;

/**
 * The knowledge-tracing model: predicts a right answer from a learner's and a concept's traces
 * and an item's parameters, and learns from each answer in constant time. Pure and thread-safe;
 * the evaluation harness ({@code scripts/evaluate-mastery.sh}) replays logs through this same
 * code. Times are epoch seconds.
 */
public interface KnowledgeModel {

    LearnerTrace newLearner();

    /** A concept the learner has no evidence on; {@code prior} (0..1) is a diagnostic's estimate, NaN for none. */
    ConceptTrace newConcept(double prior);

    /** Probability (0..1) that the learner answers this item of this concept right at {@code at}. */
    double predict(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at);

    /**
     * Learns from one answer: {@code outcome} is the fraction of credit (0..1), {@code weight}
     * (0..1) how much the answer speaks to this concept (1 for the primary concept, less for a
     * secondary one or for evidence carried along a prerequisite edge).
     */
    Step observe(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at, double outcome, double weight);

    /** Mastery as the learner sees it: {@link #predict} on an item of average difficulty. */
    double mastery(LearnerTrace learner, ConceptTrace concept, long at);

    /** How much evidence backs the concept's mastery (0..1). */
    double confidence(ConceptTrace concept);

    /** The reasons behind {@link #mastery}, largest effect first (message keys under {@code mastery.reason.}). */
    List<Explanation.Reason> explain(LearnerTrace learner, ConceptTrace concept, long at);

    /** The traces after an answer. */
    record Step(LearnerTrace learner, ConceptTrace concept) {
    }
}
