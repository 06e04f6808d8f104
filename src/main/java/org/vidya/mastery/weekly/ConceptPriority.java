package org.vidya.mastery.weekly;

/**
 * A concept the weekly test should cover and how much: {@code priority} > 0, higher first;
 * {@code reason} says where it came from.
 */
record ConceptPriority(String concept, double priority, Reason reason) {

    enum Reason {
        DUE,
        WEAK,
        FRONTIER,
        FILL
    }
}
