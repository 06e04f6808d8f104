package org.vidya.mastery;

import org.jspecify.annotations.Nullable;

/**
 * One node of the concept graph. {@code key} is stable and is what items and lessons are tagged
 * with ({@code physics.kinematics.projectile}); {@code layer} orders concepts of a subject from
 * foundations (1) upwards; {@code difficulty} runs 1 (easy) to 5 (hard); {@code examWeight} is
 * the share of exam marks the concept carries (0..1). {@code platform} says it belongs to the
 * platform-wide graph that every tenant reads.
 */
public record Concept(String key, String name, String subject, int layer, @Nullable String parent, int difficulty,
        double examWeight, @Nullable String description, boolean platform) {
}
