package org.vidya.assessment.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PercentileIndexTests {

    /** The rule written out as NTA states it, over every taker. */
    private static String bruteForcePercentile(long[] scores, long mine) {
        long atOrBelow = java.util.Arrays.stream(scores).filter(s -> s <= mine).count();
        return BigDecimal.valueOf(100 * atOrBelow).divide(BigDecimal.valueOf(scores.length), 7, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static int bruteForceRank(long[] scores, long mine) {
        return 1 + (int) java.util.Arrays.stream(scores).filter(s -> s > mine).count();
    }

    private static void assertMatchesBruteForce(long[] scores) {
        PercentileIndex index = PercentileIndex.of(scores);
        for (long score : scores) {
            assertThat(index.percentile(score)).isEqualTo(bruteForcePercentile(scores, score));
            assertThat(index.rank(score)).isEqualTo(bruteForceRank(scores, score));
        }
    }

    @Test
    void theTopScorerHasRankOneAndPercentileOneHundred() {
        PercentileIndex index = PercentileIndex.of(new long[] {1000, 2000, 3000});
        assertThat(index.rank(3000)).isOne();
        assertThat(index.percentile(3000)).isEqualTo("100.0000000");
        assertThat(index.rank(1000)).isEqualTo(3);
        assertThat(index.percentile(1000)).isEqualTo("33.3333333");
        assertThat(index.percentile(2000)).isEqualTo("66.6666667");
    }

    @Test
    void tiesShareARankAndAPercentile() {
        long[] scores = {500, 500, 500, 100, 900};
        PercentileIndex index = PercentileIndex.of(scores);
        assertThat(index.rank(500)).isEqualTo(2);
        assertThat(index.percentile(500)).isEqualTo("80.0000000");
        assertThat(index.rank(900)).isOne();
        assertThat(index.rank(100)).isEqualTo(5);
        assertMatchesBruteForce(scores);
    }

    @Test
    void negativeScoresAreRankedBelowZero() {
        long[] scores = {-500, -100, 0, 0, 400, -500};
        assertMatchesBruteForce(scores);
        assertThat(PercentileIndex.of(scores).rank(-500)).isEqualTo(5);
    }

    @Test
    void scoresOutsideTheCohortAreLookedUpToo() {
        PercentileIndex index = PercentileIndex.of(new long[] {100, 200});
        assertThat(index.atOrBelow(50)).isZero();
        assertThat(index.atOrBelow(150)).isOne();
        assertThat(index.atOrBelow(10_000)).isEqualTo(2);
        assertThat(index.rank(10_000)).isOne();
    }

    @Test
    void anEmptyCohortHasNoTakers() {
        PercentileIndex index = PercentileIndex.of(new long[0]);
        assertThat(index.takers()).isZero();
        assertThat(index.percentile(100)).isEqualTo("0.0000000");
        assertThat(index.rank(100)).isOne();
    }

    @Test
    void randomCohortsMatchTheBruteForceRule() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            long[] scores = new long[1 + random.nextInt(300)];
            for (int i = 0; i < scores.length; i++) {
                // JEE-like: -75 to 300 marks in quarter steps, many ties.
                scores[i] = (random.nextInt(1501) - 300) * 25L;
            }
            assertMatchesBruteForce(scores);
        }
    }

    @Test
    void aVeryWideRangeFallsBackToSortedLookupWithTheSameAnswers() {
        long[] scores = {-3, 0, 0, PercentileIndex.MAX_RANGE * 4L, 7, PercentileIndex.MAX_RANGE * 4L};
        assertMatchesBruteForce(scores);
    }

    @Test
    void marksAreCountedInHundredths() {
        assertThat(PercentileIndex.hundredths(new BigDecimal("12.345"))).isEqualTo(1235);
        assertThat(PercentileIndex.hundredths(new BigDecimal("-1"))).isEqualTo(-100);
        PercentileIndex index = PercentileIndex.ofMarks(new BigDecimal[] {new BigDecimal("99.99"), new BigDecimal("100")});
        assertThat(index.rank(PercentileIndex.hundredths(new BigDecimal("99.99")))).isEqualTo(2);
    }

    @Test
    void sevenDecimalsRoundHalfUp() {
        // 100 × 2 / 3 = 66.666666666… → 66.6666667; 100 × 1 / 8 = 12.5 exactly.
        assertThat(PercentileIndex.percentile(2, 3)).isEqualTo("66.6666667");
        assertThat(PercentileIndex.percentile(1, 8)).isEqualTo("12.5000000");
        // 100 × 1 / 16_000_000 = 0.00000625 → 0.0000063 (half up)
        assertThat(PercentileIndex.percentile(1, 16_000_000)).isEqualTo("0.0000063");
    }
}
