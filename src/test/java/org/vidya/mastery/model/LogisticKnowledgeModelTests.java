package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.Explanation;
import org.vidya.mastery.model.KnowledgeModel.Step;

class LogisticKnowledgeModelTests {

    static final long NOW = 1_790_000_000L;

    final LogisticKnowledgeModel model = new LogisticKnowledgeModel();

    @Test
    void newcomerStartsAtTheBiasAndWithoutConfidence() {
        LearnerTrace learner = model.newLearner();
        ConceptTrace concept = model.newConcept(Double.NaN);

        assertThat(model.mastery(learner, concept, NOW))
                .isCloseTo(LogisticKnowledgeModel.sigmoid(Coefficients.DEFAULT.bias()), within(1e-12));
        assertThat(model.confidence(concept)).isZero();
    }

    @Test
    void rightAnswersRaiseMasteryAndWrongAnswersLowerIt() {
        Step start = new Step(model.newLearner(), model.newConcept(Double.NaN));
        double before = model.mastery(start.learner(), start.concept(), NOW);

        Step right = answer(start, 1, 3);
        Step wrong = answer(start, 0, 3);

        assertThat(model.mastery(right.learner(), right.concept(), NOW)).isGreaterThan(before);
        assertThat(model.mastery(wrong.learner(), wrong.concept(), NOW)).isLessThan(before);
        assertThat(model.confidence(right.concept())).isGreaterThan(0).isLessThan(1);
        assertThat(model.confidence(answer(right, 1, 10).concept())).isGreaterThan(model.confidence(right.concept()));
    }

    @Test
    void eachRightAnswerOnAConceptRaisesMasteryAgain() {
        Step step = new Step(model.newLearner(), model.newConcept(Double.NaN));
        double previous = model.mastery(step.learner(), step.concept(), NOW);
        for (int i = 0; i < 20; i++) {
            step = answer(step, 1, 1);
            double mastery = model.mastery(step.learner(), step.concept(), NOW);
            assertThat(mastery).isGreaterThan(previous);
            previous = mastery;
        }
    }

    @Test
    void harderItemsAreLessLikelyRightAndDiscriminationSharpens() {
        LearnerTrace learner = model.newLearner();
        ConceptTrace concept = model.newConcept(Double.NaN);

        double easy = model.predict(learner, concept, new ItemParams(-1, 1), NOW);
        double hard = model.predict(learner, concept, new ItemParams(2, 1), NOW);
        double hardSharp = model.predict(learner, concept, new ItemParams(2, 2), NOW);

        assertThat(easy).isGreaterThan(hard);
        assertThat(hardSharp).isLessThan(hard);
    }

    @Test
    void aRightAnswerOnAHardItemTeachesTheAbilityMoreThanOnAnEasyOne() {
        Step start = new Step(model.newLearner(), model.newConcept(Double.NaN));

        Step hard = model.observe(start.learner(), start.concept(), new ItemParams(2, 1), NOW, 1, 1);
        Step easy = model.observe(start.learner(), start.concept(), new ItemParams(-2, 1), NOW, 1, 1);

        assertThat(hard.learner().ability()).isGreaterThan(easy.learner().ability()).isGreaterThan(0);
    }

    @Test
    void aSecondaryConceptLearnsInProportionToItsWeight() {
        Step start = new Step(model.newLearner(), model.newConcept(Double.NaN));

        Step full = model.observe(start.learner(), start.concept(), ItemParams.AVERAGE, NOW, 1, 1);
        Step half = model.observe(start.learner(), start.concept(), ItemParams.AVERAGE, NOW, 1, 0.5);
        Step none = model.observe(start.learner(), start.concept(), ItemParams.AVERAGE, NOW, 1, 0);

        assertThat(half.concept().right()).isEqualTo(0.5);
        assertThat(model.mastery(half.learner(), half.concept(), NOW))
                .isGreaterThan(model.mastery(none.learner(), none.concept(), NOW))
                .isLessThan(model.mastery(full.learner(), full.concept(), NOW));
        assertThat(none.concept().encode()).isEqualTo(start.concept().encode());
    }

    @Test
    void partialCreditCountsAsAFractionOfARightAnswer() {
        Step start = new Step(model.newLearner(), model.newConcept(Double.NaN));

        Step partial = model.observe(start.learner(), start.concept(), ItemParams.AVERAGE, NOW, 0.25, 1);

        assertThat(partial.concept().right()).isEqualTo(0.25);
        assertThat(partial.concept().wrong()).isEqualTo(0.75);
        assertThat(partial.learner().right()).isEqualTo(0.25);
    }

    @Test
    void observingLeavesTheGivenTracesUnchanged() {
        LearnerTrace learner = model.newLearner();
        ConceptTrace concept = model.newConcept(Double.NaN);

        model.observe(learner, concept, ItemParams.AVERAGE, NOW, 1, 1);

        assertThat(learner.encode()).isEqualTo(model.newLearner().encode());
        assertThat(concept.encode()).isEqualTo(model.newConcept(Double.NaN).encode());
    }

    @Test
    void aDiagnosticPriorSetsANewcomersMasteryAndFadesWithEvidence() {
        LearnerTrace learner = model.newLearner();
        ConceptTrace strong = model.newConcept(0.9);
        ConceptTrace weak = model.newConcept(0.2);

        assertThat(model.mastery(learner, strong, NOW)).isCloseTo(0.9, within(1e-9));
        assertThat(model.mastery(learner, weak, NOW)).isCloseTo(0.2, within(1e-9));
        assertThat(model.confidence(strong)).isGreaterThan(0);

        Step step = new Step(learner, weak);
        for (int i = 0; i < 30; i++) {
            step = model.observe(step.learner(), step.concept(), ItemParams.AVERAGE, NOW, 1, 1);
        }
        assertThat(Math.abs(LogisticKnowledgeModel.prior(Coefficients.DEFAULT, step.concept())))
                .isLessThan(Math.abs(LogisticKnowledgeModel.prior(Coefficients.DEFAULT, weak)) / 5);
        assertThat(model.mastery(step.learner(), step.concept(), NOW)).isGreaterThan(0.8);
    }

    @Test
    void outcomesAndWeightsOutsideZeroToOneAreRefused() {
        LearnerTrace learner = model.newLearner();
        ConceptTrace concept = model.newConcept(Double.NaN);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> model.observe(learner, concept, ItemParams.AVERAGE, NOW, 1.5, 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> model.observe(learner, concept, ItemParams.AVERAGE, NOW, 1, -0.1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> model.observe(learner, concept, ItemParams.AVERAGE, NOW, Double.NaN, 1));
    }

    @Test
    void reasonsAddUpToMasteryLargestFirst() {
        Step step = new Step(model.newLearner(), model.newConcept(0.4));
        step = answer(step, 1, 4);
        step = answer(step, 0, 2);

        double mastery = model.mastery(step.learner(), step.concept(), NOW);
        List<Explanation.Reason> reasons = model.explain(step.learner(), step.concept(), NOW);

        assertThat(reasons.stream().mapToDouble(Explanation.Reason::effect).sum()).isCloseTo(mastery, within(1e-9));
        assertThat(reasons).extracting(Explanation.Reason::code)
                .contains("mastery.reason.start", "mastery.reason.diagnostic")
                .allMatch(code -> code.startsWith("mastery.reason."));
        for (int i = 1; i < reasons.size(); i++) {
            assertThat(Math.abs(reasons.get(i - 1).effect())).isGreaterThanOrEqualTo(Math.abs(reasons.get(i).effect()));
        }
        assertThat(reasons).filteredOn(r -> r.code().equals("mastery.reason.right"))
                .singleElement().satisfies(r -> assertThat(r.arguments()).containsExactly(4.0));
    }

    @Test
    void aNewcomerIsExplainedByTheStartAlone() {
        List<Explanation.Reason> reasons = model.explain(model.newLearner(), model.newConcept(Double.NaN), NOW);

        assertThat(reasons).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("mastery.reason.start");
            assertThat(r.effect()).isCloseTo(model.mastery(model.newLearner(), model.newConcept(Double.NaN), NOW),
                    within(1e-12));
        });
    }

    @Test
    void thePredictionIsTheWeightedSumOfTheFeatures() {
        Step step = answer(answer(new Step(model.newLearner(), model.newConcept(Double.NaN)), 1, 3), 0, 2);
        double[] x = new double[Coefficients.FEATURES];
        LogisticKnowledgeModel.features(step.learner(), step.concept(), x);
        double[] w = Coefficients.DEFAULT.weights();
        double z = Coefficients.DEFAULT.bias();
        for (int k = 0; k < x.length; k++) {
            z += w[k] * x[k];
        }

        assertThat(model.predict(step.learner(), step.concept(), new ItemParams(0.5, 1), NOW))
                .isCloseTo(LogisticKnowledgeModel.sigmoid(z - 0.5), within(1e-12));
    }

    @Test
    void tracesHaveAConstantSizeWhateverTheHistory() {
        Step step = new Step(model.newLearner(), model.newConcept(Double.NaN));
        for (int i = 0; i < 1000; i++) {
            step = model.observe(step.learner(), step.concept(), new ItemParams(i % 5 - 2, 1), NOW + i, i % 3 == 0 ? 0 : 1, 1);
        }

        assertThat(step.learner().encode().split(" ")).hasSize(LearnerTrace.SIZE);
        assertThat(step.concept().encode().split(" ")).hasSize(ConceptTrace.SIZE);
        assertThat(step.learner().values).hasSize(LearnerTrace.SIZE);
        assertThat(step.concept().values).hasSize(ConceptTrace.SIZE);
    }

    @Test
    void encodedTracesDecodeToTheSamePredictions() {
        Step step = new Step(model.newLearner(), model.newConcept(0.7));
        step = answer(step, 1, 5);
        step = answer(step, 0, 1);

        LearnerTrace learner = LearnerTrace.decode(step.learner().encode());
        ConceptTrace concept = ConceptTrace.decode(step.concept().encode());

        assertThat(learner.right()).isEqualTo(5);
        assertThat(concept.wrong()).isEqualTo(1);
        assertThat(model.mastery(learner, concept, NOW))
                .isCloseTo(model.mastery(step.learner(), step.concept(), NOW), within(1e-5));
        assertThat(LearnerTrace.decode("").encode()).isEqualTo(model.newLearner().encode());
    }

    @Test
    void withWeightsOfTheRightSignsNoWrongAnswerRaisesMasteryAndNoRightAnswerLowersIt() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int model = 0; model < 20; model++) {
            double[] w = new double[Coefficients.FEATURES];
            for (int k = 0; k < w.length; k++) {
                w[k] = Fit.SIGN[k] * random.nextDouble(0, 1);
            }
            LogisticKnowledgeModel tracing = new LogisticKnowledgeModel(model == 0 ? Coefficients.DEFAULT
                    : Coefficients.DEFAULT.with(random.nextDouble(-1, 1), w));
            LearnerTrace learner = tracing.newLearner();
            ConceptTrace[] concepts = new ConceptTrace[4];
            java.util.Arrays.setAll(concepts, c -> tracing.newConcept(Double.NaN));
            for (int i = 0; i < 400; i++) {
                int c = random.nextInt(concepts.length);
                ItemParams item = new ItemParams(random.nextGaussian(), random.nextDouble(0.5, 2));
                double weight = random.nextDouble() < 0.3 ? random.nextDouble() : 1;
                double before = tracing.mastery(learner, concepts[c], NOW);
                Step wrong = tracing.observe(learner, concepts[c], item, NOW, 0, weight);
                Step right = tracing.observe(learner, concepts[c], item, NOW, 1, weight);
                assertThat(tracing.mastery(wrong.learner(), wrong.concept(), NOW)).isLessThanOrEqualTo(before + 1e-12);
                assertThat(tracing.mastery(right.learner(), right.concept(), NOW)).isGreaterThanOrEqualTo(before - 1e-12);
                Step next = random.nextBoolean() ? wrong : right;
                learner = next.learner();
                concepts[c] = next.concept();
            }
        }
    }

    @Test
    void theFitKnowsWhichSignEachWeightMustHave() {
        Coefficients mixed = Coefficients.DEFAULT.with(0, new double[] {-0.1, 0.2, 0.3, -0.4, 0.5, 0.6, -0.7, 0.8, 0.9, 0});

        assertThat(Fit.wrongSigns(mixed)).containsExactly(true, true, false, false, false, true, true, false, false,
                false);
        assertThat(Fit.wrongSigns(Coefficients.DEFAULT)).containsOnly(false);
    }

    Step answer(Step step, double outcome, int times) {
        for (int i = 0; i < times; i++) {
            step = model.observe(step.learner(), step.concept(), ItemParams.AVERAGE, NOW, outcome, 1);
        }
        return step;
    }
}
