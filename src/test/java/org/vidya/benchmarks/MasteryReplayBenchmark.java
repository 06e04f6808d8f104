package org.vidya.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.vidya.mastery.model.ConceptTrace;
import org.vidya.mastery.model.ItemParams;
import org.vidya.mastery.model.KnowledgeModel;
import org.vidya.mastery.model.LearnerTrace;
import org.vidya.mastery.model.LogisticKnowledgeModel;

/**
 * Replay of a response log through the knowledge-tracing model, as the evaluation harness does
 * it: each response is predicted, then learnt from (one {@code predict} and one {@code observe}).
 * One operation is one response, on one thread; the goal is a million a second.
 */
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MasteryReplayBenchmark {

    static final int RESPONSES = 1_000_000;
    static final int LEARNERS = 10_000;
    static final int CONCEPTS_PER_LEARNER = 8;
    static final int ITEMS = 20_000;

    final KnowledgeModel model = new LogisticKnowledgeModel();
    int[] learner;
    int[] concept;
    int[] item;
    double[] outcome;
    ItemParams[] items;
    LearnerTrace[] learners;
    ConceptTrace[] concepts;

    @Setup
    public void log() {
        SplittableRandom random = new SplittableRandom(11);
        items = new ItemParams[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            items[i] = new ItemParams(random.nextGaussian(), 1);
        }
        learner = new int[RESPONSES];
        concept = new int[RESPONSES];
        item = new int[RESPONSES];
        outcome = new double[RESPONSES];
        for (int r = 0; r < RESPONSES; r++) {
            learner[r] = random.nextInt(LEARNERS);
            concept[r] = learner[r] * CONCEPTS_PER_LEARNER + random.nextInt(CONCEPTS_PER_LEARNER);
            item[r] = random.nextInt(ITEMS);
            outcome[r] = random.nextDouble() < 0.65 ? 1 : 0;
        }
        learners = new LearnerTrace[LEARNERS];
        concepts = new ConceptTrace[LEARNERS * CONCEPTS_PER_LEARNER];
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(RESPONSES)
    public double replay() {
        for (int l = 0; l < LEARNERS; l++) {
            learners[l] = model.newLearner();
        }
        for (int c = 0; c < concepts.length; c++) {
            concepts[c] = model.newConcept(Double.NaN);
        }
        double sum = 0;
        for (int r = 0; r < RESPONSES; r++) {
            LearnerTrace l = learners[learner[r]];
            ConceptTrace c = concepts[concept[r]];
            ItemParams params = items[item[r]];
            sum += model.predict(l, c, params, r);
            KnowledgeModel.Step step = model.observe(l, c, params, r, outcome[r], 1);
            learners[learner[r]] = step.learner();
            concepts[concept[r]] = step.concept();
        }
        return sum;
    }
}
