/**
 * Mastery: the concept graph with weighted prerequisites, each learner's knowledge state and
 * memory, spaced review, recommendations, concept reveal, learning paths, the diagnostic (CAT)
 * and weekly adaptive tests, item calibration, phases and predictions.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"platform", "platform::text", "platform::web", "organization", "identity",
        "privacy", "catalog", "assessment"})
package org.vidya.mastery;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
