package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Rank and NTA percentile over a cohort's scores, kept in hundredths of a mark. Scores are
 * bounded, so the index counts them into an array over their range and takes prefix sums:
 * building costs O(n + range) and a look-up O(1). A range too wide for an array (a stray huge
 * score) falls back to a sorted array and binary search.
 *
 * <p>Percentile = 100 × (takers with a score ≤ yours) ÷ takers, with seven decimals, half up;
 * rank = 1 + takers with a strictly higher score. Ties share a rank and a percentile.
 */
public final class PercentileIndex {

    static final int MAX_RANGE = 20_000_000;

    private final int takers;
    private final long min;
    private final int[] atOrBelow;
    private final long[] sorted;

    private PercentileIndex(int takers, long min, int[] atOrBelow, long[] sorted) {
        this.takers = takers;
        this.min = min;
        this.atOrBelow = atOrBelow;
        this.sorted = sorted;
    }

    /** An index over scores in hundredths of a mark (negative scores allowed). */
    public static PercentileIndex of(long[] hundredths) {
        int n = hundredths.length;
        if (n == 0) {
            return new PercentileIndex(0, 0, new int[0], new long[0]);
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long score : hundredths) {
            min = Math.min(min, score);
            max = Math.max(max, score);
        }
        long range = max - min + 1;
        if (range <= 0 || range > MAX_RANGE) {
            long[] sorted = hundredths.clone();
            Arrays.sort(sorted);
            return new PercentileIndex(n, min, new int[0], sorted);
        }
        int[] counts = new int[(int) range];
        for (long score : hundredths) {
            counts[(int) (score - min)]++;
        }
        for (int i = 1; i < counts.length; i++) {
            counts[i] += counts[i - 1];
        }
        return new PercentileIndex(n, min, counts, new long[0]);
    }

    public static PercentileIndex ofMarks(BigDecimal[] marks) {
        long[] hundredths = new long[marks.length];
        for (int i = 0; i < marks.length; i++) {
            hundredths[i] = hundredths(marks[i]);
        }
        return of(hundredths);
    }

    public static long hundredths(BigDecimal marks) {
        return marks.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public int takers() {
        return takers;
    }

    /** How many takers scored this or less. */
    public int atOrBelow(long hundredths) {
        if (takers == 0 || hundredths < min) {
            return 0;
        }
        if (sorted.length > 0) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] <= hundredths) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
        long offset = hundredths - min;
        return offset >= atOrBelow.length ? takers : atOrBelow[(int) offset];
    }

    public int rank(long hundredths) {
        return 1 + takers - atOrBelow(hundredths);
    }

    /** The NTA percentile as a string with seven decimals ("99.1234567"); "0.0000000" for an empty cohort. */
    public String percentile(long hundredths) {
        if (takers == 0) {
            return BigDecimal.ZERO.setScale(7).toPlainString();
        }
        return percentile(atOrBelow(hundredths), takers);
    }

    static String percentile(int atOrBelow, int takers) {
        return BigDecimal.valueOf(100L * atOrBelow).divide(BigDecimal.valueOf(takers), 7, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
