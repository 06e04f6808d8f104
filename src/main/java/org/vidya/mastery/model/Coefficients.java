package org.vidya.mastery.model;

/**
 * The numbers of the knowledge-tracing model: a logit {@code bias} (a newcomer on an item of
 * average difficulty), one weight per feature, and the settings of the online parts
 * ({@code recency}: how much of the recent counts an answer on the concept keeps;
 * {@code eloRate} and {@code eloSpan}: the Elo step for a newcomer and the evidence at which it
 * halves; {@code priorSpan}: the evidence at which a diagnostic's prior has half its weight).
 * {@link #DEFAULT}: the settings chosen on a validation split of the assistments09 and statics
 * train files, and the weights fitted with them on the whole assistments09 train file, rounded
 * (docs/mastery-model.md).
 */
public record Coefficients(double bias, double learnerRight, double learnerWrong, double conceptRight,
        double conceptWrong, double recentRight, double recentWrong, double ability, double conceptAbility,
        double recentRightOverall, double recentWrongOverall, double recency, double eloRate, double eloSpan, double priorSpan) {

    static final int LEARNER_RIGHT = 0;
    static final int LEARNER_WRONG = 1;
    static final int CONCEPT_RIGHT = 2;
    static final int CONCEPT_WRONG = 3;
    static final int RECENT_RIGHT = 4;
    static final int RECENT_WRONG = 5;
    static final int ABILITY = 6;
    static final int CONCEPT_ABILITY = 7;
    static final int RECENT_RIGHT_OVERALL = 8;
    static final int RECENT_WRONG_OVERALL = 9;
    static final int FEATURES = 10;

    /** Production coefficients (docs/mastery-model.md says where they come from). */
    public static final Coefficients DEFAULT = new Coefficients(0.183, 0.061, -0.167, 0.152, 0.0, 0.342, 0.0,
            0.785, 0.416, 0.036, -0.065, 0.5, 0.5, 20, 5);

    public Coefficients {
        if (!(recency >= 0 && recency < 1) || !(eloRate >= 0) || !(eloSpan > 0) || !(priorSpan > 0)) {
            throw new IllegalArgumentException("recency must be in [0, 1), eloRate >= 0, eloSpan and priorSpan > 0");
        }
    }

    /** The feature weights in feature order. */
    double[] weights() {
        return new double[] {learnerRight, learnerWrong, conceptRight, conceptWrong, recentRight, recentWrong, ability,
                conceptAbility, recentRightOverall, recentWrongOverall};
    }

    /** The same settings with other fitted numbers. */
    Coefficients with(double bias, double[] w) {
        return new Coefficients(bias, w[LEARNER_RIGHT], w[LEARNER_WRONG], w[CONCEPT_RIGHT], w[CONCEPT_WRONG],
                w[RECENT_RIGHT], w[RECENT_WRONG], w[ABILITY], w[CONCEPT_ABILITY], w[RECENT_RIGHT_OVERALL],
                w[RECENT_WRONG_OVERALL], recency, eloRate, eloSpan,
                priorSpan);
    }

    /** The same fitted numbers with other settings. */
    Coefficients withSettings(double recency, double eloRate, double eloSpan) {
        return new Coefficients(bias, learnerRight, learnerWrong, conceptRight, conceptWrong, recentRight,
                recentWrong, ability, conceptAbility, recentRightOverall, recentWrongOverall, recency, eloRate, eloSpan, priorSpan);
    }
}
