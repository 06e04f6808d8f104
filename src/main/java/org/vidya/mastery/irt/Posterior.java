package org.vidya.mastery.irt;

/**
 * The posterior of ability on a fixed quadrature grid, updated one answer at a time. Its mean is
 * the expected a posteriori (EAP) estimate and its standard deviation the standard error. Unlike
 * maximum likelihood, EAP stays finite when every answer is right or every answer is wrong: the
 * prior keeps it in place. Answers with partial credit count as that fraction of a right answer
 * (a fractional Bernoulli likelihood). Not thread-safe; cheap to build, so make one per use.
 */
public final class Posterior {

    /** Grid bounds and step: abilities beyond ±5 are beyond any item bank's reach. */
    static final double LOW = -5;
    static final double HIGH = 5;
    static final int POINTS = 101;

    private static final double[] GRID = new double[POINTS];

    static {
        for (int i = 0; i < POINTS; i++) {
            GRID[i] = LOW + (HIGH - LOW) * i / (POINTS - 1);
        }
    }

    // Kept in logs so that a long run of answers cannot underflow.
    private final double[] logDensity = new double[POINTS];
    private int answers;

    private Posterior(double mean, double sd) {
        if (!(sd > 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("A normal prior needs a finite mean and a positive SD");
        }
        for (int i = 0; i < POINTS; i++) {
            double z = (GRID[i] - mean) / sd;
            logDensity[i] = -0.5 * z * z;
        }
    }

    /** The population prior N(0, 1): abilities are scaled so that learners are standard normal. */
    public static Posterior standardNormal() {
        return new Posterior(0, 1);
    }

    /** A normal prior, for example one centred on an overall ability to shrink a concept's estimate towards it. */
    public static Posterior normal(double mean, double sd) {
        return new Posterior(mean, sd);
    }

    /** Takes in one answer; {@code outcome} is the fraction of credit, clamped to 0..1. */
    public Posterior observe(IrtItem item, double outcome) {
        double u = Math.clamp(outcome, 0.0, 1.0);
        for (int i = 0; i < POINTS; i++) {
            double p = Math.clamp(item.probability(GRID[i]), 1e-12, 1 - 1e-12);
            logDensity[i] += u * Math.log(p) + (1 - u) * Math.log(1 - p);
        }
        answers++;
        return this;
    }

    public int answers() {
        return answers;
    }

    /** The EAP estimate and the posterior standard deviation as its standard error. */
    public Ability estimate() {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : logDensity) {
            max = Math.max(max, value);
        }
        double mass = 0;
        double first = 0;
        double second = 0;
        for (int i = 0; i < POINTS; i++) {
            double w = Math.exp(logDensity[i] - max);
            mass += w;
            first += w * GRID[i];
            second += w * GRID[i] * GRID[i];
        }
        double mean = first / mass;
        double variance = Math.max(0, second / mass - mean * mean);
        return new Ability(mean, Math.sqrt(variance));
    }
}
