package org.vidya.mastery.model;

import java.util.HashMap;
import java.util.Map;

/**
 * Offline fitting of the knowledge-tracing model on a response log: L2-regularised logistic
 * regression by L-BFGS over the model's own features (replayed through {@link
 * LogisticKnowledgeModel}) plus one intercept per item and per skill. The Elo abilities need
 * item difficulties, which come from the fit itself: a first round fits without them, later
 * rounds replay the log with the difficulties of the round before.
 */
final class Fit {

    private static final int F = Coefficients.FEATURES;

    final ResponseLog log;
    final int[] order;
    final int[] pair;
    final int pairs;

    Fit(ResponseLog log) {
        this.log = log;
        this.order = log.timeOrder();
        this.pair = new int[log.size];
        Map<Long, Integer> index = new HashMap<>();
        for (int r = 0; r < log.size; r++) {
            long key = (long) log.user[r] * log.skills() + log.skill[r];
            pair[r] = index.computeIfAbsent(key, k -> index.size());
        }
        this.pairs = index.size();
    }

    /** What a fit gives: the coefficients and difficulties on the IRT scale (mean item 0). */
    record Fitted(Coefficients coefficients, double[] itemEffect, double[] skillEffect, int iterations) {

        /** The difficulty {@code b} of a row's item and skill; either may be unknown (-1). */
        double difficulty(int item, int skill) {
            return (item >= 0 ? itemEffect[item] : 0) + (skill >= 0 ? skillEffect[skill] : 0);
        }
    }

    /**
     * Fits the weights, bias, item and skill effects. {@code use[k]} false leaves feature k out
     * (weight 0); {@code items} and {@code skills} false leave those intercepts out.
     */
    Fitted fit(Coefficients settings, double l2, boolean[] use, boolean items, boolean skills, int rounds) {
        double[] x = new double[log.size * F];
        double[] difficulty = new double[log.size];
        double mean = 0;
        for (int r = 0; r < log.size; r++) {
            mean += log.correct[r];
        }
        mean = Math.clamp(mean / log.size, 0.01, 0.99);
        Coefficients current = settings.with(Math.log(mean / (1 - mean)), new double[F]);
        Fitted fitted = null;
        for (int round = 0; round < rounds; round++) {
            features(current, difficulty, x);
            boolean[] active = use.clone();
            if (round == 0 && rounds > 1) {
                // Abilities replayed against difficulties of zero would only learn the items.
                active[Coefficients.ABILITY] = false;
                active[Coefficients.CONCEPT_ABILITY] = false;
            }
            fitted = solve(settings, x, l2, active, items, skills);
            // Signs: evidence of knowing must never lower mastery, nor evidence of not knowing
            // raise it. A weight fitted with the wrong sign is held at zero and the rest refitted
            // (an active-set method; the features overlap, so one refit rarely suffices).
            for (boolean[] wrong = wrongSigns(fitted.coefficients()); any(wrong, active);
                    wrong = wrongSigns(fitted.coefficients())) {
                for (int k = 0; k < F; k++) {
                    active[k] &= !wrong[k];
                }
                fitted = solve(settings, x, l2, active, items, skills);
            }
            current = fitted.coefficients();
            for (int r = 0; r < log.size; r++) {
                difficulty[r] = fitted.difficulty(log.item[r], log.skill[r]);
            }
        }
        return fitted;
    }

    /** Features whose weight has the sign it must not have: negative on right answers and abilities, positive on wrong answers. */
    static boolean[] wrongSigns(Coefficients coefficients) {
        double[] w = coefficients.weights();
        boolean[] wrong = new boolean[F];
        for (int k = 0; k < F; k++) {
            wrong[k] = SIGN[k] * w[k] < 0;
        }
        return wrong;
    }

    /** The sign each weight must have: +1 for right answers and abilities, -1 for wrong answers. */
    static final int[] SIGN = new int[F];

    static {
        java.util.Arrays.fill(SIGN, 1);
        SIGN[Coefficients.LEARNER_WRONG] = -1;
        SIGN[Coefficients.CONCEPT_WRONG] = -1;
        SIGN[Coefficients.RECENT_WRONG] = -1;
        SIGN[Coefficients.RECENT_WRONG_OVERALL] = -1;
    }

    private static boolean any(boolean[] wrong, boolean[] active) {
        for (int k = 0; k < wrong.length; k++) {
            if (wrong[k] && active[k]) {
                return true;
            }
        }
        return false;
    }

    /** Replays the log in time order through the model, writing each row's features before its answer. */
    void features(Coefficients coefficients, double[] difficulty, double[] x) {
        LearnerTrace[] learners = new LearnerTrace[log.users()];
        ConceptTrace[] concepts = new ConceptTrace[pairs];
        LogisticKnowledgeModel model = new LogisticKnowledgeModel(coefficients);
        double[] row = new double[F];
        for (int r : order) {
            LearnerTrace learner = learners[log.user[r]];
            if (learner == null) {
                learner = model.newLearner();
            }
            ConceptTrace concept = concepts[pair[r]];
            if (concept == null) {
                concept = model.newConcept(Double.NaN);
            }
            LogisticKnowledgeModel.features(learner, concept, row);
            System.arraycopy(row, 0, x, r * F, F);
            KnowledgeModel.Step step = model.observe(learner, concept, new ItemParams(difficulty[r], 1), 0,
                    log.correct[r], 1);
            learners[log.user[r]] = step.learner();
            concepts[pair[r]] = step.concept();
        }
    }

    private Fitted solve(Coefficients settings, double[] x, double l2, boolean[] use, boolean items,
            boolean skills) {
        int itemOffset = 1 + F;
        int skillOffset = itemOffset + log.items();
        int size = skillOffset + log.skills();
        double[] penalty = new double[size];
        boolean[] free = new boolean[size];
        free[0] = true;
        for (int k = 0; k < F; k++) {
            free[1 + k] = use[k];
            penalty[1 + k] = WEIGHT_L2;
        }
        for (int i = itemOffset; i < skillOffset; i++) {
            free[i] = items;
            penalty[i] = l2;
        }
        for (int s = skillOffset; s < size; s++) {
            free[s] = skills;
            penalty[s] = l2;
        }
        Objective objective = (theta, gradient) -> {
            java.util.Arrays.fill(gradient, 0);
            double loss = 0;
            for (int r = 0; r < log.size; r++) {
                int base = r * F;
                double z = theta[0] - theta[itemOffset + log.item[r]] - theta[skillOffset + log.skill[r]];
                for (int k = 0; k < F; k++) {
                    z += theta[1 + k] * x[base + k];
                }
                double y = log.correct[r];
                // log(1 + e^z) - y·z and σ(z) from one exponential, without overflow
                double e = Math.exp(-Math.abs(z));
                loss += Math.max(z, 0) + Math.log1p(e) - y * z;
                double g = (z >= 0 ? 1 / (1 + e) : e / (1 + e)) - y;
                gradient[0] += g;
                for (int k = 0; k < F; k++) {
                    gradient[1 + k] += g * x[base + k];
                }
                gradient[itemOffset + log.item[r]] -= g;
                gradient[skillOffset + log.skill[r]] -= g;
            }
            for (int j = 0; j < theta.length; j++) {
                if (free[j]) {
                    loss += 0.5 * penalty[j] * theta[j] * theta[j];
                    gradient[j] += penalty[j] * theta[j];
                } else {
                    gradient[j] = 0;
                }
            }
            return loss;
        };
        double[] theta = new double[size];
        int iterations = Lbfgs.minimize(objective, theta, MAX_ITERATIONS);
        // Centre item difficulties so that b = 0 is the average item, as on the IRT scale.
        double centre = 0;
        int seen = 0;
        boolean[] present = new boolean[log.items()];
        for (int r = 0; r < log.size; r++) {
            if (!present[log.item[r]]) {
                present[log.item[r]] = true;
                centre += theta[itemOffset + log.item[r]] + theta[skillOffset + log.skill[r]];
                seen++;
            }
        }
        centre /= seen;
        double[] itemEffect = new double[log.items()];
        for (int i = 0; i < itemEffect.length; i++) {
            itemEffect[i] = theta[itemOffset + i];
        }
        double[] skillEffect = new double[log.skills()];
        for (int s = 0; s < skillEffect.length; s++) {
            skillEffect[s] = theta[skillOffset + s] - centre;
        }
        double[] w = new double[F];
        System.arraycopy(theta, 1, w, 0, F);
        return new Fitted(settings.with(theta[0] - centre, w), itemEffect, skillEffect, iterations);
    }

    /** Ridge on the feature weights: light, they have hundreds of thousands of rows each. */
    static final double WEIGHT_L2 = 1;

    static final int MAX_ITERATIONS = 400;

    /** A smooth function to minimise: returns its value and writes its gradient. */
    interface Objective {

        double evaluate(double[] theta, double[] gradient);
    }
}
