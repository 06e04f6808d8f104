package org.vidya.mastery.weekly;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.Observation;
import org.vidya.platform.UserId;

/** A learner's state as the weekly test reads it, set by the test: ability, due reviews, mastery. */
final class FakeKnowledge implements KnowledgeStates {

    double theta;
    List<DueReview> due = List.of();
    List<ConceptKnowledge> knowledge = List.of();

    @Override
    public List<ConceptKnowledge> of(UserId learner) {
        return knowledge;
    }

    @Override
    public Optional<ConceptKnowledge> of(UserId learner, String concept) {
        return knowledge.stream().filter(k -> k.concept().equals(concept)).findFirst();
    }

    @Override
    public Map<UserId, List<ConceptKnowledge>> ofLearners(Collection<UserId> learners) {
        Map<UserId, List<ConceptKnowledge>> all = new HashMap<>();
        learners.forEach(learner -> all.put(learner, knowledge));
        return all;
    }

    @Override
    public List<DueReview> due(UserId learner, int limit) {
        return due.stream().limit(limit).toList();
    }

    @Override
    public Optional<Explanation> explain(UserId learner, String concept) {
        return Optional.empty();
    }

    @Override
    public LearnerStanding standing(UserId learner) {
        return new LearnerStanding(theta, 0.5, 0.5, knowledge.size(), true, null);
    }

    @Override
    public void record(UserId learner, List<Observation> observations, EvidenceSource source) {
        throw new UnsupportedOperationException("the weekly test only reads");
    }

    @Override
    public void seedFromDiagnostic(UserId learner, double theta, double standardError,
            Map<String, Double> conceptPriors) {
        throw new UnsupportedOperationException("the weekly test only reads");
    }

    @Override
    public void setExamDate(UserId learner, @Nullable LocalDate examDate) {
        throw new UnsupportedOperationException("the weekly test only reads");
    }
}
