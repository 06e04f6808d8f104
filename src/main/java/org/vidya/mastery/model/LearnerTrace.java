package org.vidya.mastery.model;

/** The model's state of one learner across all concepts (overall counts, ability). */
public final class LearnerTrace extends Trace {

    public static final int SIZE = 8;

    LearnerTrace(double[] values) {
        super(values);
    }

    public static LearnerTrace decode(String text) {
        return new LearnerTrace(Trace.decode(text, SIZE));
    }
}
