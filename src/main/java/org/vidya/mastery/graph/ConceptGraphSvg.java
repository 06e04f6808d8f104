package org.vidya.mastery.graph;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.PrerequisiteKind;

/**
 * Draws the concept graph as SVG markup, for pages to embed (Thymeleaf: {@code th:utext}, or the
 * fragment {@code mastery/concepts/fragments :: graph(svg)}). Prerequisites sit above the concepts
 * that need them; HARD edges are solid, SOFT ones dashed, thicker the more they weigh. Given
 * mastery values (0..1 per concept key), nodes are coloured from red (0) through amber to green
 * (1), and concepts without a value are left white; without them, every node is neutral. Every
 * node is a keyboard-focusable link with a {@code <title>}; pages should also offer the same
 * concepts as a table. All text is escaped.
 */
public final class ConceptGraphSvg {

    private ConceptGraphSvg() {
    }

    /** The subject's graph (every subject when null), linking each concept to {@code /concepts/{key}}. */
    public static String render(ConceptGraph graph, @Nullable String subject, @Nullable Map<String, Double> mastery,
            String label) {
        return render(graph, subject, mastery, label, key -> "/concepts/" + key);
    }

    /**
     * @param mastery per concept key, 0..1; null draws no colours
     * @param label   the accessible name of the whole drawing, in the reader's language
     * @param link    where each concept's node leads
     */
    public static String render(ConceptGraph graph, @Nullable String subject, @Nullable Map<String, Double> mastery,
            String label, Function<String, String> link) {
        ConceptGraphLayout layout = ConceptGraphLayout.of(graph, subject);
        StringBuilder svg = new StringBuilder(256 + layout.nodes().size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"concept-graph\" role=\"group\" width=\"")
                .append(layout.width()).append("\" height=\"").append(layout.height()).append("\" viewBox=\"0 0 ")
                .append(layout.width()).append(' ').append(layout.height()).append("\" aria-label=\"")
                .append(escape(label)).append("\">");
        svg.append("<style>.concept-graph a:focus rect,.concept-graph a:hover rect{stroke:#1d4ed8;stroke-width:3}"
                + ".concept-graph a:focus{outline:none}</style>");
        svg.append("<defs><marker id=\"concept-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\""
                + " markerUnits=\"userSpaceOnUse\" markerWidth=\"9\" markerHeight=\"9\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0 0L10 5L0 10z\" fill=\"#52525b\"/></marker></defs>");
        svg.append("<g class=\"concept-edges\" aria-hidden=\"true\">");
        for (ConceptGraphLayout.Edge edge : layout.edges()) {
            svg.append("<path d=\"").append(path(edge.points()))
                    .append("\" fill=\"none\" stroke=\"#52525b\" stroke-width=\"")
                    .append(number(1 + 2 * edge.prerequisite().weight())).append('"');
            if (edge.prerequisite().kind() == PrerequisiteKind.SOFT) {
                svg.append(" stroke-dasharray=\"6 4\"");
            }
            svg.append(" marker-end=\"url(#concept-arrow)\" data-kind=\"")
                    .append(edge.prerequisite().kind().name().toLowerCase(Locale.ROOT)).append("\"/>");
        }
        svg.append("</g><g class=\"concept-nodes\">");
        for (ConceptGraphLayout.Node node : layout.nodes()) {
            String key = node.concept().key();
            Double value = mastery == null ? null : mastery.get(key);
            String title = node.concept().name() + " (" + key + ")"
                    + (value == null ? "" : ": " + Math.round(clamp(value) * 100) + "%");
            svg.append("<a href=\"").append(escape(link.apply(key))).append("\" data-key=\"").append(escape(key))
                    .append("\"><title>").append(escape(title)).append("</title>");
            svg.append("<rect x=\"").append(node.x()).append("\" y=\"").append(node.y()).append("\" width=\"")
                    .append(node.width()).append("\" height=\"").append(node.height())
                    .append("\" rx=\"8\" fill=\"").append(fill(mastery, value)).append("\" stroke=\"#71717a\"");
            if (mastery != null && value == null) {
                svg.append(" stroke-dasharray=\"4 3\"");
            }
            svg.append("/>");
            svg.append("<text x=\"").append(node.centreX()).append("\" y=\"").append(node.y() + node.height() / 2 + 5)
                    .append("\" text-anchor=\"middle\" font-size=\"13\" fill=\"#18181b\">")
                    .append(escape(shorten(node.concept().name(), 24))).append("</text></a>");
        }
        svg.append("</g></svg>");
        return svg.toString();
    }

    /** Straight down through each row's gap, curving between rows with vertical tangents. */
    static String path(java.util.List<int[]> points) {
        StringBuilder d = new StringBuilder("M").append(points.get(0)[0]).append(' ').append(points.get(0)[1]);
        for (int i = 1; i < points.size(); i++) {
            int[] a = points.get(i - 1);
            int[] b = points.get(i);
            if (a[0] == b[0]) {
                d.append(" L").append(b[0]).append(' ').append(b[1]);
            } else {
                int bend = (b[1] - a[1]) / 2;
                d.append(" C").append(a[0]).append(' ').append(a[1] + bend).append(' ').append(b[0]).append(' ')
                        .append(b[1] - bend).append(' ').append(b[0]).append(' ').append(b[1]);
            }
        }
        return d.toString();
    }

    /**
     * Light tints, so that dark text keeps a contrast above 7:1 whatever the value: hue from red (0)
     * to green (120).
     */
    static String fill(@Nullable Map<String, Double> mastery, @Nullable Double value) {
        if (mastery == null) {
            return "#f4f4f5";
        }
        if (value == null) {
            return "#ffffff";
        }
        return "hsl(" + Math.round(clamp(value) * 120) + ", 70%, 82%)";
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String shorten(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
