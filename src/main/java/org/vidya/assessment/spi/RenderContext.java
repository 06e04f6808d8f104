package org.vidya.assessment.spi;

/**
 * How to render an item for one attempt: the attempt's seed for shuffling, and whether the test
 * allows options to be shuffled at all.
 */
public record RenderContext(long seed, boolean shuffleOptions) {
}
