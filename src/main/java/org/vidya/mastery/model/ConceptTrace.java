package org.vidya.mastery.model;

/** The model's state of one learner on one concept (counts, recency, memory). */
public final class ConceptTrace extends Trace {

    public static final int SIZE = 12;

    ConceptTrace(double[] values) {
        super(values);
    }

    public static ConceptTrace decode(String text) {
        return new ConceptTrace(Trace.decode(text, SIZE));
    }
}
