package org.vidya.mastery.state;

import java.util.List;

import org.vidya.mastery.Explanation;
import org.vidya.mastery.model.ConceptTrace;
import org.vidya.mastery.model.ItemParams;
import org.vidya.mastery.model.KnowledgeModel;
import org.vidya.mastery.model.LearnerTrace;

/**
 * A transparent knowledge model for testing the engine around it: a concept's mastery is the
 * weighted share of credit with one right and one wrong pseudo-answer, (1 + credit) / (2 + weight);
 * the learner trace counts weighted answers. What the engine feeds it can be read off exactly.
 */
final class CountingModel implements KnowledgeModel {

    @Override
    public LearnerTrace newLearner() {
        return LearnerTrace.decode("0");
    }

    @Override
    public ConceptTrace newConcept(double prior) {
        return Double.isNaN(prior) ? ConceptTrace.decode("0 0") : ConceptTrace.decode(2 * prior + " 2");
    }

    @Override
    public double predict(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at) {
        return (1 + concept.get(0)) / (2 + concept.get(1));
    }

    @Override
    public Step observe(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at, double outcome,
            double weight) {
        return new Step(LearnerTrace.decode(String.valueOf(learner.get(0) + weight)),
                ConceptTrace.decode((concept.get(0) + weight * outcome) + " " + (concept.get(1) + weight)));
    }

    @Override
    public double mastery(LearnerTrace learner, ConceptTrace concept, long at) {
        return predict(learner, concept, ItemParams.AVERAGE, at);
    }

    @Override
    public double confidence(ConceptTrace concept) {
        return concept.get(1) / (concept.get(1) + 2);
    }

    @Override
    public List<Explanation.Reason> explain(LearnerTrace learner, ConceptTrace concept, long at) {
        return List.of(new Explanation.Reason("credit", List.of(concept.get(0), concept.get(1)), 0.0));
    }

    /** The weighted credit and weight a concept has taken in. */
    static double[] evidence(KnowledgeRecord record) {
        return new double[] {record.trace().get(0), record.trace().get(1)};
    }
}
