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

    /**
     * A placed edge from the prerequisite's node down to the concept's: {@code points} runs from the
     * bottom of the one to the top of the other, through a gap on each row between ({x, y} pairs,
     * y never decreasing).
     */
    public record Edge(Prerequisite prerequisite, Node from, Node to, List<int[]> points) {
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
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            rows.add(new ArrayList<>());
        }
        for (Concept concept : concepts) {
            rows.get(depth.get(concept.key())).add(concept.key());
        }
        // An edge that spans several rows passes through a waypoint on each row between, which is
        // ordered like a concept, so that long edges run between nodes rather than through them.
        List<String[]> segments = new ArrayList<>();
        List<List<String>> routes = new ArrayList<>();
        for (int e = 0; e < inside.size(); e++) {
            Prerequisite edge = inside.get(e);
            List<String> route = new ArrayList<>();
            route.add(edge.prerequisite());
            for (int r = depth.get(edge.prerequisite()) + 1; r < depth.get(edge.concept()); r++) {
                String waypoint = WAYPOINT + e + ":" + r;
                rows.get(r).add(waypoint);
                route.add(waypoint);
            }
            route.add(edge.concept());
            for (int i = 1; i < route.size(); i++) {
                segments.add(new String[] {route.get(i - 1), route.get(i)});
            }
            routes.add(route);
        }
        order(rows, segments);
        Map<String, int[]> box = new HashMap<>();
        int widest = 0;
        for (List<String> row : rows) {
            widest = Math.max(widest, rowWidth(row));
        }
        int width = 2 * MARGIN + widest;
        int height = 2 * MARGIN + Math.max(0, rowCount * NODE_HEIGHT + (rowCount - 1) * GAP_Y);
        Map<String, Concept> byKey = new HashMap<>();
        concepts.forEach(c -> byKey.put(c.key(), c));
        Map<String, Node> placed = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) {
            List<String> row = rows.get(r);
            int x = MARGIN + (widest - rowWidth(row)) / 2;
            int y = MARGIN + r * (NODE_HEIGHT + GAP_Y);
            for (String id : row) {
                int w = isWaypoint(id) ? WAYPOINT_WIDTH : NODE_WIDTH;
                box.put(id, new int[] {x, y, w});
                if (!isWaypoint(id)) {
                    Node node = new Node(byKey.get(id), r, x, y, NODE_WIDTH, NODE_HEIGHT);
                    placed.put(id, node);
                    nodes.add(node);
                }
                x += w + GAP_X;
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (int e = 0; e < inside.size(); e++) {
            Prerequisite edge = inside.get(e);
            Node from = placed.get(edge.prerequisite());
            Node to = placed.get(edge.concept());
            List<int[]> points = new ArrayList<>();
            points.add(new int[] {from.centreX(), from.bottom()});
            for (String id : routes.get(e).subList(1, routes.get(e).size() - 1)) {
                int[] b = box.get(id);
                points.add(new int[] {b[0] + b[2] / 2, b[1]});
                points.add(new int[] {b[0] + b[2] / 2, b[1] + NODE_HEIGHT});
            }
            points.add(new int[] {to.centreX(), to.y()});
            edges.add(new Edge(edge, from, to, List.copyOf(points)));
        }
        return new ConceptGraphLayout(List.copyOf(nodes), List.copyOf(edges), width, height);
    }

    private static final String WAYPOINT = "\u0000";
    static final int WAYPOINT_WIDTH = 8;

    private static boolean isWaypoint(String id) {
        return id.startsWith(WAYPOINT);
    }

    private static int rowWidth(List<String> row) {
        int width = 0;
        for (String id : row) {
            width += isWaypoint(id) ? WAYPOINT_WIDTH : NODE_WIDTH;
        }
        return Math.max(0, width + (row.size() - 1) * GAP_X);
    }

    /** Barycentre sweeps, downwards by what is above and upwards by what is below, keeping the best order. */
    private static void order(List<List<String>> rows, List<String[]> segments) {
        Map<String, List<String>> up = new HashMap<>();
        Map<String, List<String>> down = new HashMap<>();
        for (String[] segment : segments) {
            up.computeIfAbsent(segment[1], k -> new ArrayList<>()).add(segment[0]);
            down.computeIfAbsent(segment[0], k -> new ArrayList<>()).add(segment[1]);
        }
        List<List<String>> best = copy(rows);
        long bestCrossings = crossings(rows, segments);
        for (int sweep = 0; sweep < SWEEPS && bestCrossings > 0; sweep++) {
            boolean downwards = sweep % 2 == 0;
            for (int step = 1; step < rows.size(); step++) {
                int r = downwards ? step : rows.size() - 1 - step;
                Map<String, Integer> fixed = positions(rows.get(downwards ? r - 1 : r + 1));
                Map<String, List<String>> neighbours = downwards ? up : down;
                List<String> row = rows.get(r);
                Map<String, Double> centre = new HashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    String id = row.get(i);
                    double sum = 0;
                    int count = 0;
                    for (String n : neighbours.getOrDefault(id, List.of())) {
                        Integer at = fixed.get(n);
                        if (at != null) {
                            sum += at;
                            count++;
                        }
                    }
                    // a node with no neighbour in the fixed row keeps its place
                    centre.put(id, count == 0 ? i : sum / count);
                }
                row.sort(Comparator.comparingDouble(centre::get));
            }
            long now = crossings(rows, segments);
            if (now < bestCrossings) {
                bestCrossings = now;
                best = copy(rows);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            rows.set(r, best.get(r));
        }
    }

    /** Crossings between segments joining adjacent rows (every segment does, waypoints included). */
    static long crossings(List<List<String>> rows, List<String[]> segments) {
        Map<String, int[]> at = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                at.put(row.get(i), new int[] {r, i});
            }
        }
        Map<Integer, List<int[]>> byRow = new HashMap<>();
        for (String[] segment : segments) {
            int[] from = at.get(segment[0]);
            int[] to = at.get(segment[1]);
            byRow.computeIfAbsent(from[0], k -> new ArrayList<>()).add(new int[] {from[1], to[1]});
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

    /** Crossings of the drawing as laid out, for tests. */
    long crossings() {
        List<List<String>> rows = new ArrayList<>();
        List<String[]> segments = new ArrayList<>();
        Map<Integer, List<Node>> byRow = new java.util.TreeMap<>();
        nodes.forEach(n -> byRow.computeIfAbsent(n.row(), k -> new ArrayList<>()).add(n));
        byRow.values().forEach(list -> rows.add(list.stream().map(n -> n.concept().key()).toList()));
        edges.stream().filter(e -> e.to().row() - e.from().row() == 1)
                .forEach(e -> segments.add(new String[] {e.from().concept().key(), e.to().concept().key()}));
        return crossings(rows, segments);
    }

    private static Map<String, Integer> positions(List<String> row) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            positions.put(row.get(i), i);
        }
        return positions;
    }

    private static List<List<String>> copy(List<List<String>> rows) {
        List<List<String>> copy = new ArrayList<>();
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
        Map<Integer, List<Concept>> rows = new java.util.TreeMap<>();
        nodes.forEach(n -> rows.computeIfAbsent(n.row(), k -> new ArrayList<>()).add(n.concept()));
        return List.copyOf(rows.values());
    }
}
