package org.vidya.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.vidya.assessment.grading.PercentileIndex;

/**
 * Rank and NTA percentile: rebuilding a cohort's index over a million scores (JEE-like, -75 to
 * 300 marks in quarter steps, so many ties), and one look-up.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PercentileBenchmark {

    @Param("1000000")
    int takers;

    long[] scores;
    PercentileIndex index;
    long probe;

    @Setup
    public void cohort() {
        SplittableRandom random = new SplittableRandom(7);
        scores = new long[takers];
        for (int i = 0; i < takers; i++) {
            scores[i] = (random.nextInt(1501) - 300) * 25L;
        }
        index = PercentileIndex.of(scores);
        probe = scores[takers / 2];
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PercentileIndex recompute() {
        return PercentileIndex.of(scores);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void lookup(Blackhole hole) {
        hole.consume(index.rank(probe));
        hole.consume(index.percentile(probe));
    }
}
