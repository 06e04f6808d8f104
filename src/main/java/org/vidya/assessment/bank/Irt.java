package org.vidya.assessment.bank;

/**
 * Three-parameter logistic item parameters: discrimination {@code a}, difficulty {@code b} (on the
 * ability scale), guessing {@code c}. {@code calibrated} is false while they are the difficulty
 * label's defaults.
 */
public record Irt(double a, double b, double c, boolean calibrated) {

    public Irt {
        if (!(a > 0 && a <= 4) || !(b >= -6 && b <= 6) || !(c >= 0 && c < 1)) {
            throw new IllegalArgumentException("IRT parameters out of range: a=" + a + " b=" + b + " c=" + c);
        }
    }

    /** Probability of a right answer at ability {@code theta}. */
    public double probability(double theta) {
        return c + (1 - c) / (1 + Math.exp(-1.7 * a * (theta - b)));
    }
}
