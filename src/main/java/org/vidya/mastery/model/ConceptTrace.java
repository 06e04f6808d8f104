package org.vidya.mastery.model;

/**
 * The model's state of one learner on one concept: weighted counts of right and wrong answers,
 * the same counts decayed by recency, an Elo-style ability on the concept with the evidence
 * behind it, and the diagnostic's prior as a logit offset that fades as evidence comes in.
 */
public final class ConceptTrace extends Trace {

    static final int RIGHT = 0;
    static final int WRONG = 1;
    static final int RECENT_RIGHT = 2;
    static final int RECENT_WRONG = 3;
    static final int ABILITY = 4;
    static final int EVIDENCE = 5;
    static final int PRIOR = 6;

    public static final int SIZE = 7;

    ConceptTrace(double[] values) {
        super(values);
    }

    public static ConceptTrace decode(String text) {
        return new ConceptTrace(Trace.decode(text, SIZE));
    }

    /** Answers on this concept counted as right, weighted by outcome and by how much each spoke to the concept. */
    public double right() {
        return values[RIGHT];
    }

    /** Answers on this concept counted as wrong, weighted likewise. */
    public double wrong() {
        return values[WRONG];
    }

    /** Weighted answers on this concept: {@link #right()} plus {@link #wrong()}. */
    public double evidence() {
        return values[RIGHT] + values[WRONG];
    }
}
