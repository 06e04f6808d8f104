package org.vidya.mastery.irt;

/**
 * An item under the three-parameter logistic model: discrimination {@code a}, difficulty {@code b}
 * on the ability scale, guessing {@code c}; probabilities use the scaling constant {@link #D} as
 * the item bank does, so bank parameters mean the same here.
 */
public record IrtItem(double a, double b, double c) {

    /** The logistic scaling constant that makes the model close to the normal ogive. */
    public static final double D = 1.7;

    public IrtItem {
        if (!(a > 0 && a <= 4) || !(b >= -6 && b <= 6) || !(c >= 0 && c < 1)) {
            throw new IllegalArgumentException("IRT parameters out of range: a=" + a + " b=" + b + " c=" + c);
        }
    }

    /** Probability of a right answer at ability {@code theta}. */
    public double probability(double theta) {
        return c + (1 - c) / (1 + Math.exp(-D * a * (theta - b)));
    }

    /**
     * Fisher information at {@code theta}: (D a)^2 (Q / P) ((P - c) / (1 - c))^2, the reciprocal of
     * the error variance this one item would leave if it were the only one.
     */
    public double information(double theta) {
        double p = probability(theta);
        double q = 1 - p;
        if (p <= 0 || q <= 0) {
            return 0;
        }
        double share = (p - c) / (1 - c);
        double da = D * a;
        return da * da * (q / p) * share * share;
    }
}
