package org.vidya.mastery.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.vidya.mastery.Explanation;

/**
 * Knowledge tracing as a logistic model in the Best-LR family with recency and Elo features:
 * the chance of a right answer is {@code σ(a · (bias + Σ wₖ·xₖ + prior − b))} where {@code a} and
 * {@code b} are the item's discrimination and difficulty, and the features {@code xₖ} are the
 * learner's and the concept's counts of right and wrong answers ({@code log(1+n)}), the same
 * counts decayed by recency, and Elo-style abilities of the learner overall and on the
 * concept. Every answer updates a fixed number of numbers, so learning is constant time.
 */
@Component
public final class LogisticKnowledgeModel implements KnowledgeModel {

    private static final String REASON = "mastery.reason.";

    private final Coefficients coefficients;
    private final double[] weights;

    /** The model with the production coefficients. */
    public LogisticKnowledgeModel() {
        this(Coefficients.DEFAULT);
    }

    public LogisticKnowledgeModel(Coefficients coefficients) {
        this.coefficients = coefficients;
        this.weights = coefficients.weights();
    }

    public Coefficients coefficients() {
        return coefficients;
    }

    @Override
    public LearnerTrace newLearner() {
        return new LearnerTrace(new double[LearnerTrace.SIZE]);
    }

    @Override
    public ConceptTrace newConcept(double prior) {
        double[] values = new double[ConceptTrace.SIZE];
        if (!Double.isNaN(prior)) {
            // The offset makes a newcomer's mastery equal the prior; evidence then takes over.
            double clamped = Math.clamp(prior, 0.01, 0.99);
            values[ConceptTrace.PRIOR] = Math.log(clamped / (1 - clamped)) - coefficients.bias();
        }
        return new ConceptTrace(values);
    }

    @Override
    public double predict(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at) {
        return sigmoid(item.discrimination() * (logit(weights, coefficients, learner, concept) - item.difficulty()));
    }

    @Override
    public Step observe(LearnerTrace learner, ConceptTrace concept, ItemParams item, long at, double outcome,
            double weight) {
        if (!(outcome >= 0 && outcome <= 1) || !(weight >= 0 && weight <= 1)) {
            throw new IllegalArgumentException("outcome and weight must be in 0..1");
        }
        return learn(coefficients, learner, concept, eloExpectation(coefficients.bias(), learner, concept, item),
                outcome, weight);
    }

    @Override
    public double mastery(LearnerTrace learner, ConceptTrace concept, long at) {
        return predict(learner, concept, ItemParams.AVERAGE, at);
    }

    @Override
    public double confidence(ConceptTrace concept) {
        double evidence = concept.evidence() + (concept.values[ConceptTrace.PRIOR] != 0 ? PRIOR_EVIDENCE : 0);
        return evidence / (evidence + CONFIDENCE_SPAN);
    }

    /** Weighted answers at which confidence is one half. */
    static final double CONFIDENCE_SPAN = 5;

    /** What a diagnostic's prior counts as, in answers, for confidence. */
    static final double PRIOR_EVIDENCE = 2;

    /**
     * Each feature's logit contribution scaled by the secant slope of σ between the newcomer's
     * logit and this learner's, so that the effects add up exactly to mastery minus the
     * newcomer's mastery; a {@code start} reason carries the newcomer's mastery itself.
     */
    @Override
    public List<Explanation.Reason> explain(LearnerTrace learner, ConceptTrace concept, long at) {
        double[] x = new double[Coefficients.FEATURES];
        features(learner, concept, x);
        double[] contribution = new double[Coefficients.FEATURES];
        double bias = coefficients.bias();
        double prior = prior(coefficients, concept);
        double z = bias + prior;
        for (int k = 0; k < x.length; k++) {
            contribution[k] = weights[k] * x[k];
            z += contribution[k];
        }
        double start = sigmoid(bias);
        double slope = Math.abs(z - bias) < 1e-9 ? start * (1 - start) : (sigmoid(z) - start) / (z - bias);
        List<Explanation.Reason> reasons = new ArrayList<>();
        reasons.add(new Explanation.Reason(REASON + "start", List.of(start), start));
        double[] shown = {learner.right(), learner.wrong(), concept.right(), concept.wrong(),
            concept.values[ConceptTrace.RECENT_RIGHT], concept.values[ConceptTrace.RECENT_WRONG], learner.ability(),
            concept.values[ConceptTrace.ABILITY], learner.values[LearnerTrace.RECENT_RIGHT],
            learner.values[LearnerTrace.RECENT_WRONG]};
        for (int k = 0; k < x.length; k++) {
            if (contribution[k] != 0) {
                reasons.add(new Explanation.Reason(REASON + CODES[k], List.of(round(shown[k])), contribution[k] * slope));
            }
        }
        if (prior != 0) {
            reasons.add(new Explanation.Reason(REASON + "diagnostic",
                    List.of(sigmoid(bias + concept.values[ConceptTrace.PRIOR])), prior * slope));
        }
        reasons.sort(Comparator.comparingDouble((Explanation.Reason r) -> Math.abs(r.effect())).reversed());
        return List.copyOf(reasons);
    }

    private static final String[] CODES = {"right-overall", "wrong-overall", "right", "wrong", "recent-right",
        "recent-wrong", "ability", "concept-ability", "recent-right-overall", "recent-wrong-overall"};

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The features in {@link Coefficients} order. */
    static void features(LearnerTrace learner, ConceptTrace concept, double[] x) {
        double[] l = learner.values;
        double[] c = concept.values;
        x[Coefficients.LEARNER_RIGHT] = Math.log1p(l[LearnerTrace.RIGHT]);
        x[Coefficients.LEARNER_WRONG] = Math.log1p(l[LearnerTrace.WRONG]);
        x[Coefficients.CONCEPT_RIGHT] = Math.log1p(c[ConceptTrace.RIGHT]);
        x[Coefficients.CONCEPT_WRONG] = Math.log1p(c[ConceptTrace.WRONG]);
        x[Coefficients.RECENT_RIGHT] = c[ConceptTrace.RECENT_RIGHT];
        x[Coefficients.RECENT_WRONG] = c[ConceptTrace.RECENT_WRONG];
        x[Coefficients.ABILITY] = l[LearnerTrace.ABILITY];
        x[Coefficients.CONCEPT_ABILITY] = c[ConceptTrace.ABILITY];
        x[Coefficients.RECENT_RIGHT_OVERALL] = l[LearnerTrace.RECENT_RIGHT];
        x[Coefficients.RECENT_WRONG_OVERALL] = l[LearnerTrace.RECENT_WRONG];
    }

    /** The learner's side of the logit: everything but the item. */
    static double logit(double[] w, Coefficients coefficients, LearnerTrace learner, ConceptTrace concept) {
        double[] l = learner.values;
        double[] c = concept.values;
        return coefficients.bias()
                + w[Coefficients.LEARNER_RIGHT] * Math.log1p(l[LearnerTrace.RIGHT])
                + w[Coefficients.LEARNER_WRONG] * Math.log1p(l[LearnerTrace.WRONG])
                + w[Coefficients.CONCEPT_RIGHT] * Math.log1p(c[ConceptTrace.RIGHT])
                + w[Coefficients.CONCEPT_WRONG] * Math.log1p(c[ConceptTrace.WRONG])
                + w[Coefficients.RECENT_RIGHT] * c[ConceptTrace.RECENT_RIGHT]
                + w[Coefficients.RECENT_WRONG] * c[ConceptTrace.RECENT_WRONG]
                + w[Coefficients.ABILITY] * l[LearnerTrace.ABILITY]
                + w[Coefficients.CONCEPT_ABILITY] * c[ConceptTrace.ABILITY]
                + w[Coefficients.RECENT_RIGHT_OVERALL] * l[LearnerTrace.RECENT_RIGHT]
                + w[Coefficients.RECENT_WRONG_OVERALL] * l[LearnerTrace.RECENT_WRONG]
                + prior(coefficients, concept);
    }

    /** The diagnostic's offset, fading as direct evidence accumulates. */
    static double prior(Coefficients coefficients, ConceptTrace concept) {
        double offset = concept.values[ConceptTrace.PRIOR];
        return offset == 0 ? 0 : offset * coefficients.priorSpan() / (coefficients.priorSpan() + concept.evidence());
    }

    /**
     * What the Elo part expects: the abilities against the item alone. It leaves the fitted
     * weights out so that the abilities a log produces do not depend on the weights fitted on them.
     */
    static double eloExpectation(double bias, LearnerTrace learner, ConceptTrace concept, ItemParams item) {
        return sigmoid(item.discrimination() * (bias + learner.values[LearnerTrace.ABILITY]
                + concept.values[ConceptTrace.ABILITY] + concept.values[ConceptTrace.PRIOR] - item.difficulty()));
    }

    /** The traces after an answer, given what the Elo part expected. */
    static Step learn(Coefficients coefficients, LearnerTrace learner, ConceptTrace concept, double expected,
            double outcome, double weight) {
        double[] l = learner.values.clone();
        double[] c = concept.values.clone();
        double right = weight * outcome;
        double wrong = weight * (1 - outcome);
        double surprise = weight * (outcome - expected);
        double span = coefficients.eloSpan();
        l[LearnerTrace.ABILITY] += coefficients.eloRate() * span / (span + l[LearnerTrace.EVIDENCE]) * surprise;
        c[ConceptTrace.ABILITY] += coefficients.eloRate() * span / (span + c[ConceptTrace.EVIDENCE]) * surprise;
        l[LearnerTrace.EVIDENCE] += weight;
        c[ConceptTrace.EVIDENCE] += weight;
        l[LearnerTrace.RIGHT] += right;
        l[LearnerTrace.WRONG] += wrong;
        c[ConceptTrace.RIGHT] += right;
        c[ConceptTrace.WRONG] += wrong;
        // A partial weight decays the recent counts partly, towards the same ceiling 1/(1-λ): so a
        // right answer never lowers the recent right count, whatever its weight.
        double keep = 1 - weight * (1 - coefficients.recency());
        c[ConceptTrace.RECENT_RIGHT] = keep * c[ConceptTrace.RECENT_RIGHT] + right;
        c[ConceptTrace.RECENT_WRONG] = keep * c[ConceptTrace.RECENT_WRONG] + wrong;
        l[LearnerTrace.RECENT_RIGHT] = keep * l[LearnerTrace.RECENT_RIGHT] + right;
        l[LearnerTrace.RECENT_WRONG] = keep * l[LearnerTrace.RECENT_WRONG] + wrong;
        return new Step(new LearnerTrace(l), new ConceptTrace(c));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
