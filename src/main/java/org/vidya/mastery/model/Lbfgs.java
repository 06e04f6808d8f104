package org.vidya.mastery.model;

/**
 * Limited-memory BFGS (Nocedal and Wright, algorithm 7.4) with a backtracking Armijo line
 * search: enough for the smooth, convex objectives of the offline fit.
 */
final class Lbfgs {

    private static final int MEMORY = 10;
    private static final double TOLERANCE = 1e-8;

    private Lbfgs() {
    }

    /** Minimises from {@code theta} in place; returns the iterations taken. */
    static int minimize(Fit.Objective objective, double[] theta, int maxIterations) {
        int n = theta.length;
        double[][] s = new double[MEMORY][n];
        double[][] y = new double[MEMORY][n];
        double[] rho = new double[MEMORY];
        double[] alpha = new double[MEMORY];
        double[] gradient = new double[n];
        double[] nextGradient = new double[n];
        double[] direction = new double[n];
        double[] next = new double[n];
        double value = objective.evaluate(theta, gradient);
        int stored = 0;
        int newest = -1;
        int iteration = 0;
        while (iteration < maxIterations) {
            iteration++;
            for (int j = 0; j < n; j++) {
                direction[j] = -gradient[j];
            }
            for (int m = 0; m < stored; m++) {
                int i = Math.floorMod(newest - m, MEMORY);
                alpha[i] = rho[i] * dot(s[i], direction);
                axpy(-alpha[i], y[i], direction);
            }
            if (stored > 0) {
                double scale = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
                for (int j = 0; j < n; j++) {
                    direction[j] *= scale;
                }
            }
            for (int m = stored - 1; m >= 0; m--) {
                int i = Math.floorMod(newest - m, MEMORY);
                double beta = rho[i] * dot(y[i], direction);
                axpy(alpha[i] - beta, s[i], direction);
            }
            double slope = dot(gradient, direction);
            if (slope >= 0) {
                // Not a descent direction: forget the curvature and go downhill.
                stored = 0;
                for (int j = 0; j < n; j++) {
                    direction[j] = -gradient[j];
                }
                slope = dot(gradient, direction);
            }
            if (slope == 0) {
                break;
            }
            double step = stored == 0 ? Math.min(1, 1 / Math.sqrt(-slope)) : 1;
            double nextValue = Double.NaN;
            for (int tries = 0; tries < 40; tries++) {
                for (int j = 0; j < n; j++) {
                    next[j] = theta[j] + step * direction[j];
                }
                nextValue = objective.evaluate(next, nextGradient);
                if (nextValue <= value + 1e-4 * step * slope) {
                    break;
                }
                step /= 2;
            }
            if (!(nextValue <= value)) {
                break;
            }
            newest = (newest + 1) % MEMORY;
            for (int j = 0; j < n; j++) {
                s[newest][j] = next[j] - theta[j];
                y[newest][j] = nextGradient[j] - gradient[j];
            }
            double curvature = dot(s[newest], y[newest]);
            if (curvature > 1e-12) {
                rho[newest] = 1 / curvature;
                stored = Math.min(stored + 1, MEMORY);
            } else {
                // Skip this pair; the slot it took held the oldest, which is dropped too.
                newest = (newest + MEMORY - 1) % MEMORY;
                stored = Math.min(stored, MEMORY - 1);
            }
            double change = value - nextValue;
            System.arraycopy(next, 0, theta, 0, n);
            System.arraycopy(nextGradient, 0, gradient, 0, n);
            value = nextValue;
            if (change <= TOLERANCE * Math.max(1, Math.abs(value))) {
                break;
            }
        }
        return iteration;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int j = 0; j < x.length; j++) {
            y[j] += a * x[j];
        }
    }
}
