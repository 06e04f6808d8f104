package org.vidya.mastery.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Prerequisite;

/**
 * A layered drawing of (part of) the concept graph: each concept's row is its depth (the longest
 * chain of prerequisites below it within the drawing), so every edge runs from a prerequisite on a
 * higher row down to the concept that needs it. Within rows, concepts are ordered by repeated
 * barycentre sweeps (the mean position of their neighbours in the adjacent direction), which
 * removes most crossings on graphs of this size.
 */
public final class ConceptGraphLayout {

    static final int NODE_WIDTH = 184;
    static final int NODE_HEIGHT = 44;
    static final int GAP_X = 24;
    static final int GAP_Y = 64;
    static final int MARGIN = 16;
    static final int SWEEPS = 8;

    /** A placed concept: top-left corner and size. */
    public record Node(Concept concept, int row, int x, int y, int width, int height) {

        public int centreX() {
            return x + width / 2;
        }

        public int bottom() {
            return y + height;
        }
    }

    /** A placed edge from the prerequisite's node down to the concept's. */
    public record Edge(Prerequisite prerequisite, Node from, Node to) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final int width;
    private final int height;

    private ConceptGraphLayout(List<Node> nodes, List<Edge> edges, int width, int height) {
        this.nodes = nodes;
        this.edges = edges;
        this.width = width;
        this.height = height;
    }

    /** Lays out the concepts of one subject, or of every subject when {@code subject} is null. */
    public static ConceptGraphLayout of(ConceptGraph graph, @Nullable String subject) {
        List<Concept> concepts = subject == null ? graph.topologicalOrder() : graph.subject(subject);
        Map<String, Integer> depth = new LinkedHashMap<>();
        List<Prerequisite> inside = new ArrayList<>();
        // topological order: every prerequisite's depth is known before the concepts that need it
        for (Concept concept : concepts) {
            int d = 0;
            for (Prerequisite edge : graph.prerequisitesOf(concept.key())) {
                Integer below = depth.get(edge.prerequisite());
                if (below != null) {
                    d = Math.max(d, below + 1);
                    inside.add(edge);
                }
            }
            depth.put(concept.key(), d);
        }
        int rowCount = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<List<Concept>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        for (Concept concept : concepts) {
            rows.get(depth.get(concept.key())).add(concept);
        }
        order(rows, inside);
        int widest = rows.stream().mapToInt(List::size).max().orElse(0);
        int width = 2 * MARGIN + Math.max(0, widest * NODE_WIDTH + (widest - 1) * GAP_X);
        int height = 2 * MARGIN + Math.max(0, rowCount * NODE_HEIGHT + (rowCount - 1) * GAP_Y);
        Map<String, Node> placed = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<Concept> row = rows.get(r);
            int rowWidth = row.size() * NODE_WIDTH + (row.size() - 1) * GAP_X;
            int left = MARGIN + (width - 2 * MARGIN - rowWidth) / 2;
            for (int i = 0; i < row.size(); i++) {
                Node node = new Node(row.get(i), r, left + i * (NODE_WIDTH + GAP_X), MARGIN + r * (NODE_HEIGHT + GAP_Y),
                        NODE_WIDTH, NODE_HEIGHT);
                placed.put(node.concept().key(), node);
                nodes.add(node);
            }
        }
        List<Edge> edges = inside.stream()
                .map(e -> new Edge(e, placed.get(e.prerequisite()), placed.get(e.concept()))).toList();
        return new ConceptGraphLayout(List.copyOf(nodes), edges, width, height);
    }

    /** Barycentre sweeps, downwards by prerequisites and upwards by dependents, keeping the best order. */
    private static void order(List<List<Concept>> rows, List<Prerequisite> edges) {
        Map<String, List<String>> up = new HashMap<>();
        Map<String, List<String>> down = new HashMap<>();
        for (Prerequisite edge : edges) {
            up.computeIfAbsent(edge.concept(), k -> new ArrayList<>()).add(edge.prerequisite());
            down.computeIfAbsent(edge.prerequisite(), k -> new ArrayList<>()).add(edge.concept());
        }
        List<List<Concept>> best = copy(rows);
        long bestCrossings = crossings(rows, edges);
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            boolean downwards = sweep % 2 == 0;
            for (int step = 1; step < rows.size(); step++) {
                int r = downwards ? step : rows.size() - 1 - step;
                Map<String, Integer> fixed = positions(rows.get(downwards ? r - 1 : r + 1));
                Map<String, List<String>> neighbours = downwards ? up : down;
                List<Concept> row = rows.get(r);
                Map<String, Double> centre = new HashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    String key = row.get(i).key();
                    double sum = 0;
                    int count = 0;
                    for (String n : neighbours.getOrDefault(key, List.of())) {
                        Integer at = fixed.get(n);
                        if (at != null) {
                            sum += at;
                            count++;
                        }
                    }
                    // a concept with no neighbour in the fixed row keeps its place
                    centre.put(key, count == 0 ? i : sum / count);
                }
                row.sort(Comparator.comparingDouble(c -> centre.get(c.key())));
            }
            long now = crossings(rows, edges);
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(rows);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, best.get(r));
        }
    }

    /** Crossings between edges that join the same pair of adjacent rows, the measure the sweeps reduce. */
    static long crossings(List<List<Concept>> rows, List<Prerequisite> edges) {
        Map<String, int[]> at = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Concept> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                at.put(row.get(i).key(), new int[] {r, i});
            }
        }
        Map<Integer, List<int[]>> byRow = new HashMap<>();
        for (Prerequisite edge : edges) {
            int[] from = at.get(edge.prerequisite());
            int[] to = at.get(edge.concept());
            if (to[0] - from[0] == 1) {
                byRow.computeIfAbsent(from[0], k -> new ArrayList<>()).add(new int[] {from[1], to[1]});
            }
        }
        long count = 0;
        for (List<int[]> list : byRow.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int[] a = list.get(i);
                    int[] b = list.get(j);
                    if ((a[0] - b[0]) * (long) (a[1] - b[1]) < 0) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static Map<String, Integer> positions(List<Concept> row) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            positions.put(row.get(i).key(), i);
        }
        return positions;
    }

    private static List<List<Concept>> copy(List<List<Concept>> rows) {
        List<List<Concept>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The rows' concepts as ordered, top (foundations) first. */
    List<List<Concept>> rows() {
        Map<Integer, List<Concept>> rows = new LinkedHashMap<>();
        nodes.forEach(n -> rows.computeIfAbsent(n.row(), k -> new ArrayList<>()).add(n.concept()));
        return List.copyOf(rows.values());
    }
}
