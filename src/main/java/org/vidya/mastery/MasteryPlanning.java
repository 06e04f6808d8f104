package org.vidya.mastery;

import java.util.List;
import java.util.Optional;

import org.vidya.platform.UserId;

/**
 * What to do next, from the graph and the learner's state; reads only, with the same access
 * rules as {@link KnowledgeStates}.
 */
public interface MasteryPlanning {

    /** Every concept of the graph with whether it is revealed to the learner (seed 004, layer 4). */
    List<VisibleConcept> concepts(UserId learner);

    /** Next best concepts, highest priority first: due reviews, weak spots, frontier. */
    List<Recommendation> recommendations(UserId learner, int limit);

    List<WeakSpot> weakSpots(UserId learner, int limit);

    /**
     * The path to a goal: {@code track:<uuid>}, {@code course:<uuid>} or {@code subject:<name>}
     * (every concept of that subject, an exam syllabus). 404 {@code goal-not-found} when unknown.
     */
    LearningPath path(UserId learner, String goal);

    PhaseReport phase(UserId learner);

    /** Empty when no benchmark test is scheduled or was taken in the learner's classes. */
    Optional<Prediction> prediction(UserId learner);
}
