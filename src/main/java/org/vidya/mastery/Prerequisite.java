package org.vidya.mastery;

/**
 * An edge of the concept graph: {@code concept} needs {@code prerequisite}. {@code weight} (0..1)
 * says how much, {@code transfer} (0..1) how much evidence about the concept carries over to the
 * prerequisite and back (a right answer on projectile motion is some evidence of vectors).
 */
public record Prerequisite(String concept, String prerequisite, double weight, PrerequisiteKind kind,
        double transfer) {
}
