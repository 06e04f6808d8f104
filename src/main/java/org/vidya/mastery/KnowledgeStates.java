package org.vidya.mastery;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vidya.platform.UserId;

/**
 * Each learner's knowledge state, in the current tenant. Reads check that the caller is the
 * learner or may read the learner's data (a teacher of their class; such reads are audited).
 * Updates are constant time per answer and idempotent per source event.
 */
public interface KnowledgeStates {

    /** Every concept with evidence, by concept key. */
    List<ConceptKnowledge> of(UserId learner);

    Optional<ConceptKnowledge> of(UserId learner, String concept);

    /** Several learners at once (a class heatmap); learners without evidence map to an empty list. */
    Map<UserId, List<ConceptKnowledge>> ofLearners(Collection<UserId> learners);

    /** Seed 004 query 1: concepts due for review now, weakest first, at most {@code limit}. */
    List<DueReview> due(UserId learner, int limit);

    /** Why the concept's mastery is what it is; empty when the concept has no evidence. */
    Optional<Explanation> explain(UserId learner, String concept);

    LearnerStanding standing(UserId learner);

    /** Records answers from practice, review or the diagnostic as the learner themself. */
    void record(UserId learner, List<Observation> observations, EvidenceSource source);

    /**
     * Seeds the learner's state from a finished diagnostic: ability and its error, and a prior
     * mastery for each concept the diagnostic covered (concepts with evidence keep theirs).
     */
    void seedFromDiagnostic(UserId learner, double theta, double standardError, Map<String, Double> conceptPriors);

    /** The learner's exam date, which the phase is counted from; null clears it. */
    void setExamDate(UserId learner, @org.jspecify.annotations.Nullable LocalDate examDate);
}
