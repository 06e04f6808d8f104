package org.vidya.mastery.irt;

/** An ability estimate on the IRT scale and its standard error (the posterior standard deviation). */
public record Ability(double theta, double standardError) {
}
