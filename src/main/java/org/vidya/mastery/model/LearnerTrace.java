package org.vidya.mastery.model;

/**
 * The model's state of one learner across all concepts: weighted counts of right and wrong
 * answers, the same counts decayed by recency, and an Elo-style ability with the evidence behind
 * it (which slows its learning rate).
 */
public final class LearnerTrace extends Trace {

    static final int RIGHT = 0;
    static final int WRONG = 1;
    static final int ABILITY = 2;
    static final int EVIDENCE = 3;
    static final int RECENT_RIGHT = 4;
    static final int RECENT_WRONG = 5;

    public static final int SIZE = 6;

    LearnerTrace(double[] values) {
        super(values);
    }

    public static LearnerTrace decode(String text) {
        return new LearnerTrace(Trace.decode(text, SIZE));
    }

    /** Answers counted as right, weighted by how much each spoke to the learner (fractions of credit add up). */
    public double right() {
        return values[RIGHT];
    }

    /** Answers counted as wrong, weighted likewise. */
    public double wrong() {
        return values[WRONG];
    }

    /** Elo-style ability on the logit scale (0 for a newcomer). */
    public double ability() {
        return values[ABILITY];
    }
}
