package org.vidya.mastery;

/**
 * How strongly a concept needs another. A HARD prerequisite gates the concept: it is revealed
 * only once the prerequisite is mastered. A SOFT one helps and is recommended first, but does not
 * gate.
 */
public enum PrerequisiteKind {
    HARD,
    SOFT
}
