package org.vidya.mastery.calibration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Marginal maximum likelihood for the logistic IRT model P = c + (1 - c) / (1 + e^(-1.7 a (theta - b))),
 * by EM over a grid of abilities (Bock and Aitkin): abilities are integrated out against N(0, 1),
 * which fixes the scale without the shrinkage bias that plugging in each learner's estimate would
 * bring. The E-step gives every learner's posterior over the grid; the M-step fits each item to the
 * expected right answers at each grid point by a few Fisher-scoring steps, with weak priors that
 * keep estimates finite (difficulty ~ N(0, 2^2), discrimination ~ N(1, 0.5^2)). Difficulty is
 * estimated for items with at least {@code minResponses} answers; discrimination too once an item
 * has {@code discriminationResponses}; guessing {@code c} is kept as the bank has it, since it needs
 * far more data than a school has. Pure and deterministic.
 */
final class ItemCalibration {

    static final double SCALE = 1.7;
    static final double MIN_A = 0.2;
    static final double MAX_A = 3.0;
    static final double MIN_B = -5.0;
    static final double MAX_B = 5.0;
    static final int ROUNDS = 30;
    static final int STEPS = 3;
    /** The ability grid: -4 to 4 in steps of 0.2. */
    static final double[] NODES = new double[41];

    static {
        for (int q = 0; q < NODES.length; q++) {
            NODES[q] = -4 + 0.2 * q;
        }
    }

    /** What the bank has now: the starting point, and the guessing parameter kept. */
    record Start(double a, double b, double c) {
    }

    /** An estimate for one item from {@code responses} answers; {@code discriminationEstimated} when a moved. */
    record Estimate(UUID item, double a, double b, double c, long responses, boolean discriminationEstimated) {
    }

    private final int minResponses;
    private final int discriminationResponses;

    ItemCalibration(int minResponses, int discriminationResponses) {
        this.minResponses = minResponses;
        this.discriminationResponses = discriminationResponses;
    }

    /** Estimates for every item with enough answers; {@code start} gives each item's current parameters. */
    List<Estimate> estimate(List<GradedResponse> responses, Map<UUID, Start> start) {
        Map<UUID, Integer> itemIndex = new HashMap<>();
        Map<UUID, Integer> learnerIndex = new HashMap<>();
        List<UUID> itemIds = new ArrayList<>();
        for (GradedResponse r : responses) {
            if (itemIndex.putIfAbsent(r.item(), itemIds.size()) == null) {
                itemIds.add(r.item());
            }
            learnerIndex.putIfAbsent(r.learner(), learnerIndex.size());
        }
        int items = itemIds.size();
        int learners = learnerIndex.size();
        // Answers grouped by learner, as parallel arrays.
        int[] count = new int[learners];
        responses.forEach(r -> count[learnerIndex.get(r.learner())]++);
        int[][] answered = new int[learners][];
        double[][] outcome = new double[learners][];
        for (int j = 0; j < learners; j++) {
            answered[j] = new int[count[j]];
            outcome[j] = new double[count[j]];
        }
        int[] filled = new int[learners];
        int[] perItem = new int[items];
        for (GradedResponse r : responses) {
            int j = learnerIndex.get(r.learner());
            int i = itemIndex.get(r.item());
            answered[j][filled[j]] = i;
            outcome[j][filled[j]++] = r.outcome();
            perItem[i]++;
        }
        double[][] params = new double[items][];
        for (int i = 0; i < items; i++) {
            Start s = start.getOrDefault(itemIds.get(i), new Start(1, 0, 0));
            params[i] = new double[] {clamp(s.a(), MIN_A, MAX_A), clamp(s.b(), MIN_B, MAX_B), clamp(s.c(), 0, 0.5)};
        }
        double[] prior = new double[NODES.length];
        for (int q = 0; q < NODES.length; q++) {
            prior[q] = -NODES[q] * NODES[q] / 2;
        }
        double[][] expectedN = new double[items][NODES.length];
        double[][] expectedR = new double[items][NODES.length];
        double[] posterior = new double[NODES.length];
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < items; i++) {
                java.util.Arrays.fill(expectedN[i], 0);
                java.util.Arrays.fill(expectedR[i], 0);
            }
            // E-step: each learner's posterior over the grid.
            for (int j = 0; j < learners; j++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int q = 0; q < NODES.length; q++) {
                    double log = prior[q];
                    for (int k = 0; k < answered[j].length; k++) {
                        double[] p = params[answered[j][k]];
                        double pr = clamp(probability(p[0], p[1], p[2], NODES[q]), 1e-9, 1 - 1e-9);
                        double y = outcome[j][k];
                        log += y * Math.log(pr) + (1 - y) * Math.log(1 - pr);
                    }
                    posterior[q] = log;
                    max = Math.max(max, log);
                }
                double sum = 0;
                for (int q = 0; q < NODES.length; q++) {
                    posterior[q] = Math.exp(posterior[q] - max);
                    sum += posterior[q];
                }
                for (int k = 0; k < answered[j].length; k++) {
                    int i = answered[j][k];
                    for (int q = 0; q < NODES.length; q++) {
                        double w = posterior[q] / sum;
                        expectedN[i][q] += w;
                        expectedR[i][q] += w * outcome[j][k];
                    }
                }
            }
            // M-step: each item with enough answers, on the expected counts.
            for (int i = 0; i < items; i++) {
                if (perItem[i] >= minResponses) {
                    params[i] = parameters(params[i], expectedN[i], expectedR[i],
                            perItem[i] >= discriminationResponses);
                }
            }
        }
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (perItem[i] >= minResponses) {
                estimates.add(new Estimate(itemIds.get(i), params[i][0], params[i][1], params[i][2], perItem[i],
                        perItem[i] >= discriminationResponses));
            }
        }
        estimates.sort(java.util.Comparator.comparing(Estimate::item));
        return estimates;
    }

    /** Probability of a right answer. */
    static double probability(double a, double b, double c, double theta) {
        return c + (1 - c) / (1 + Math.exp(-SCALE * a * (theta - b)));
    }

    private static double[] parameters(double[] start, double[] n, double[] r, boolean withDiscrimination) {
        double a = start[0];
        double b = start[1];
        double c = start[2];
        for (int step = 0; step < STEPS; step++) {
            // Priors: b ~ N(0, 4), a ~ N(1, 0.25).
            double gb = -b / 4;
            double ibb = 1.0 / 4;
            double ga = -(a - 1) / 0.25;
            double iaa = 1 / 0.25;
            double iab = 0;
            for (int q = 0; q < NODES.length; q++) {
                if (n[q] < 1e-12) {
                    continue;
                }
                double th = NODES[q];
                Terms t = terms(a, b, c, th, r[q] / n[q]);
                double dzdb = -SCALE * a;
                double dzda = SCALE * (th - b);
                gb += n[q] * t.score() * dzdb;
                ibb += n[q] * t.weight() * dzdb * dzdb;
                ga += n[q] * t.score() * dzda;
                iaa += n[q] * t.weight() * dzda * dzda;
                iab += n[q] * t.weight() * dzda * dzdb;
            }
            if (withDiscrimination) {
                double det = iaa * ibb - iab * iab;
                if (det > 1e-12) {
                    double da = (ibb * ga - iab * gb) / det;
                    double db = (iaa * gb - iab * ga) / det;
                    a = clamp(a + clamp(da, -0.5, 0.5), MIN_A, MAX_A);
                    b = clamp(b + clamp(db, -1, 1), MIN_B, MAX_B);
                    continue;
                }
            }
            b = clamp(b + clamp(gb / ibb, -1, 1), MIN_B, MAX_B);
        }
        return new double[] {a, b, c};
    }

    /**
     * The log-likelihood's derivative with respect to the logit z, and its Fisher weight: with
     * L = logistic(z) and P = c + (1 - c) L, dP/dz = (1 - c) L (1 - L).
     */
    private static Terms terms(double a, double b, double c, double theta, double outcome) {
        double l = 1 / (1 + Math.exp(-SCALE * a * (theta - b)));
        double p = clamp(c + (1 - c) * l, 1e-9, 1 - 1e-9);
        double dp = (1 - c) * l * (1 - l);
        double pq = p * (1 - p);
        return new Terms((outcome - p) / pq * dp, dp * dp / pq);
    }

    private record Terms(double score, double weight) {
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
