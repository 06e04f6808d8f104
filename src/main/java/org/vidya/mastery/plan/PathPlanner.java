package org.vidya.mastery.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.LearningPath;
import org.vidya.mastery.LearningPath.LessonRef;
import org.vidya.mastery.LearningPath.Step;
import org.vidya.mastery.Prerequisite;

/**
 * Orders what a goal needs: its concepts and every prerequisite of theirs (HARD and SOFT, across
 * subjects), prerequisites first; among concepts ready at the same time, lower layers first, then
 * higher exam weight, then by key. Mastered concepts stay in the path, marked, so the learner sees
 * the whole way; {@link LearningPath#next()} skips them. Computed on every read, so it follows mastery.
 */
final class PathPlanner {

    private static final Comparator<Concept> READY_FIRST = Comparator.comparingInt(Concept::layer)
            .thenComparing(Comparator.comparingDouble(Concept::examWeight).reversed())
            .thenComparing(Concept::key);

    private final double mastered;
    private final ConceptReveal reveal;

    PathPlanner(double masteredThreshold, double revealThreshold) {
        this.mastered = masteredThreshold;
        this.reveal = new ConceptReveal(revealThreshold);
    }

    /**
     * The path to {@code targets} (keys the graph does not know are left out), each step with the
     * lessons of {@code lessons} that teach its concept.
     */
    LearningPath plan(String goal, String title, ConceptGraph graph, Collection<String> targets,
            Map<String, ConceptKnowledge> knowledge, Map<String, List<LessonRef>> lessons) {
        Set<String> needed = new LinkedHashSet<>();
        for (String target : targets) {
            if (graph.contains(target) && needed.add(target)) {
                needed.addAll(graph.ancestorsOf(target));
            }
        }
        List<Step> steps = new ArrayList<>(needed.size());
        for (Concept concept : order(graph, needed)) {
            ConceptKnowledge known = knowledge.get(concept.key());
            double mastery = known == null ? 0 : known.mastery();
            steps.add(new Step(concept, mastery, mastery >= mastered,
                    reveal.blockers(graph, knowledge, concept.key()).isEmpty(),
                    lessons.getOrDefault(concept.key(), List.of())));
        }
        return new LearningPath(goal, title, steps);
    }

    /** Kahn's algorithm over the needed concepts, taking ready ones in {@link #READY_FIRST} order. */
    private static List<Concept> order(ConceptGraph graph, Set<String> needed) {
        Map<String, Integer> waiting = new HashMap<>();
        PriorityQueue<Concept> ready = new PriorityQueue<>(READY_FIRST);
        for (String key : needed) {
            int count = (int) graph.prerequisitesOf(key).stream().filter(e -> needed.contains(e.prerequisite())).count();
            waiting.put(key, count);
            if (count == 0) {
                graph.concept(key).ifPresent(ready::add);
            }
        }
        List<Concept> sorted = new ArrayList<>(needed.size());
        while (!ready.isEmpty()) {
            Concept next = ready.poll();
            sorted.add(next);
            for (Prerequisite edge : graph.dependentsOf(next.key())) {
                if (needed.contains(edge.concept()) && waiting.merge(edge.concept(), -1, Integer::sum) == 0) {
                    graph.concept(edge.concept()).ifPresent(ready::add);
                }
            }
        }
        return sorted;
    }
}
