package org.vidya.mastery.model;

import java.util.Arrays;

/**
 * How well predicted probabilities fit 0/1 outcomes: area under the ROC curve (ties count one
 * half), root mean squared error, and mean log loss (probabilities clipped to 1e-15 from 0 and 1).
 */
record Metrics(double auc, double rmse, double logloss, int responses) {

    static Metrics of(double[] predicted, double[] outcome, int n) {
        if (n == 0) {
            throw new IllegalArgumentException("no responses to score");
        }
        double squares = 0;
        double loss = 0;
        for (int i = 0; i < n; i++) {
            double y = outcome[i];
            squares += (predicted[i] - y) * (predicted[i] - y);
            double p = Math.clamp(predicted[i], 1e-15, 1 - 1e-15);
            loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        }
        return new Metrics(auc(predicted, outcome, n), Math.sqrt(squares / n), loss / n, n);
    }

    /** Mann-Whitney: the chance a right answer was given a higher probability than a wrong one (outcomes ≥ 0.5 count as right). */
    static double auc(double[] predicted, double[] outcome, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(predicted[a], predicted[b]));
        double positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && predicted[order[j + 1]] == predicted[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (outcome[order[k]] >= 0.5) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j + 1;
        }
        double negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }
}
