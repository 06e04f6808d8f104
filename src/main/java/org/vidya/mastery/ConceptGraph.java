package org.vidya.mastery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concept graph a tenant sees (its own concepts and the platform's), immutable and acyclic:
 * the importer refuses cycles, so {@link #topologicalOrder()} always exists. Built once per change
 * and shared, so reads need no database.
 */
public final class ConceptGraph {

    private final Map<String, Concept> concepts;
    private final Map<String, List<Prerequisite>> prerequisites;
    private final Map<String, List<Prerequisite>> dependents;
    private final List<Concept> order;

    public ConceptGraph(Collection<Concept> concepts, Collection<Prerequisite> edges) {
        Map<String, Concept> byKey = new LinkedHashMap<>();
        concepts.stream().sorted(Comparator.comparing(Concept::subject).thenComparingInt(Concept::layer)
                .thenComparing(Concept::key)).forEach(c -> byKey.put(c.key(), c));
        Map<String, List<Prerequisite>> needs = new HashMap<>();
        Map<String, List<Prerequisite>> neededBy = new HashMap<>();
        for (Prerequisite edge : edges) {
            if (!byKey.containsKey(edge.concept()) || !byKey.containsKey(edge.prerequisite())) {
                throw new IllegalArgumentException("Edge to an unknown concept: " + edge);
            }
            needs.computeIfAbsent(edge.concept(), k -> new ArrayList<>()).add(edge);
            neededBy.computeIfAbsent(edge.prerequisite(), k -> new ArrayList<>()).add(edge);
        }
        this.concepts = Map.copyOf(byKey);
        this.prerequisites = copy(needs);
        this.dependents = copy(neededBy);
        this.order = sort(byKey, needs);
    }

    public static ConceptGraph empty() {
        return new ConceptGraph(List.of(), List.of());
    }

    private static Map<String, List<Prerequisite>> copy(Map<String, List<Prerequisite>> edges) {
        Map<String, List<Prerequisite>> copy = new HashMap<>();
        edges.forEach((key, list) -> copy.put(key, List.copyOf(list)));
        return Map.copyOf(copy);
    }

    /** Kahn's algorithm, taking ready concepts in subject, layer and key order so the order is stable. */
    private static List<Concept> sort(Map<String, Concept> byKey, Map<String, List<Prerequisite>> needs) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> unlocks = new HashMap<>();
        byKey.keySet().forEach(key -> waiting.put(key, 0));
        needs.forEach((key, list) -> list.forEach(edge -> {
            waiting.merge(key, 1, Integer::sum);
            unlocks.computeIfAbsent(edge.prerequisite(), k -> new ArrayList<>()).add(key);
        }));
        // a map, not List.indexOf: the comparator runs O(n log n) times on graphs of thousands of concepts
        Map<String, Integer> position = new HashMap<>();
        byKey.keySet().forEach(key -> position.put(key, position.size()));
        Comparator<String> stable = Comparator.comparingInt(position::get);
        java.util.PriorityQueue<String> ready = new java.util.PriorityQueue<>(stable);
        waiting.forEach((key, count) -> {
            if (count == 0) {
                ready.add(key);
            }
        });
        List<Concept> sorted = new ArrayList<>(byKey.size());
        while (!ready.isEmpty()) {
            String key = ready.poll();
            sorted.add(byKey.get(key));
            for (String next : unlocks.getOrDefault(key, List.of())) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (sorted.size() != byKey.size()) {
            throw new IllegalArgumentException("The concept graph has a cycle");
        }
        return List.copyOf(sorted);
    }

    public Optional<Concept> concept(String key) {
        return Optional.ofNullable(concepts.get(key));
    }

    public boolean contains(String key) {
        return concepts.containsKey(key);
    }

    public int size() {
        return concepts.size();
    }

    /** Every concept, prerequisites before the concepts that need them. */
    public List<Concept> topologicalOrder() {
        return order;
    }

    /** What the concept needs (its incoming edges). */
    public List<Prerequisite> prerequisitesOf(String key) {
        return prerequisites.getOrDefault(key, List.of());
    }

    /** What needs the concept (its outgoing edges). */
    public List<Prerequisite> dependentsOf(String key) {
        return dependents.getOrDefault(key, List.of());
    }

    /** Every edge, in topological order of the concept that needs. */
    public List<Prerequisite> edges() {
        List<Prerequisite> all = new ArrayList<>();
        order.forEach(c -> all.addAll(prerequisitesOf(c.key())));
        return all;
    }

    /** The concept's prerequisites, theirs, and so on, nearest first; the concept itself is not included. */
    public List<String> ancestorsOf(String key) {
        List<String> found = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(key);
        java.util.Set<String> seen = new java.util.HashSet<>();
        seen.add(key);
        while (!queue.isEmpty()) {
            for (Prerequisite edge : prerequisitesOf(queue.poll())) {
                if (seen.add(edge.prerequisite())) {
                    found.add(edge.prerequisite());
                    queue.add(edge.prerequisite());
                }
            }
        }
        return found;
    }

    /** The concepts of one subject, in topological order. */
    public List<Concept> subject(String subject) {
        return order.stream().filter(c -> c.subject().equals(subject)).toList();
    }

    public List<String> subjects() {
        return order.stream().map(Concept::subject).distinct().sorted().toList();
    }
}
