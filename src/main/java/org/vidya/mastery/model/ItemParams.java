package org.vidya.mastery.model;

/**
 * What the model knows of an item: difficulty {@code b} and discrimination {@code a} on the IRT
 * logistic scale (the bank's calibrated parameters, or its difficulty label's defaults).
 */
public record ItemParams(double difficulty, double discrimination) {

    public static final ItemParams AVERAGE = new ItemParams(0.0, 1.0);
}
