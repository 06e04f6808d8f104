/**
 * What to do next: concept reveal, recommendations, weak spots, learning paths, the learner's
 * phase and the predicted benchmark score, each as a pure rule over the graph and the learner's
 * state, joined by {@link org.vidya.mastery.plan.PlanningService}.
 */
@NullMarked
package org.vidya.mastery.plan;

import org.jspecify.annotations.NullMarked;
