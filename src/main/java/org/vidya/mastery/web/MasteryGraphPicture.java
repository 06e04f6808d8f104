package org.vidya.mastery.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.Prerequisite;
import org.vidya.mastery.PrerequisiteKind;
import org.vidya.mastery.web.MasteryPageController.ConceptRow;

/**
 * The mastery map as server-rendered SVG: one column per layer of the subject, foundations on the
 * left, each concept a box coloured by the learner's mastery band and labelled with its number,
 * prerequisites drawn as arrows (HARD solid, SOFT dashed). Every box links to the concept's page;
 * the table beside the picture says the same for readers who cannot see it.
 */
@Component
class MasteryGraphPicture {

    static final int BOX_WIDTH = 176;
    static final int BOX_HEIGHT = 44;
    static final int COLUMN_GAP = 56;
    static final int ROW_GAP = 14;
    static final int MARGIN = 8;
    static final int NAME_LIMIT = 24;

    private final MessageSource messages;

    MasteryGraphPicture(MessageSource messages) {
        this.messages = messages;
    }

    /** The SVG markup for a subject's concepts, or an empty string when the subject has none. */
    String draw(ConceptGraph graph, String subject, List<ConceptRow> rows, Locale locale) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<Integer, List<ConceptRow>> columns = new TreeMap<>();
        rows.forEach(row -> columns.computeIfAbsent(row.concept().layer(), l -> new ArrayList<>()).add(row));
        Map<String, int[]> at = new HashMap<>();
        int column = 0;
        int tallest = 0;
        for (List<ConceptRow> inColumn : columns.values()) {
            for (int i = 0; i < inColumn.size(); i++) {
                at.put(inColumn.get(i).concept().key(), new int[] {MARGIN + column * (BOX_WIDTH + COLUMN_GAP),
                        MARGIN + i * (BOX_HEIGHT + ROW_GAP)});
            }
            tallest = Math.max(tallest, inColumn.size());
            column++;
        }
        int width = 2 * MARGIN + column * BOX_WIDTH + (column - 1) * COLUMN_GAP;
        int height = 2 * MARGIN + tallest * BOX_HEIGHT + (tallest - 1) * ROW_GAP;
        String label = messages.getMessage("mastery.map.pictureLabel", new Object[] {subjectName(subject, locale)},
                locale);
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mastery-graph\" data-testid=\"mastery-graph\"")
                .append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\"><defs><marker id=\"mastery-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
                .append("<path d=\"M0 0L10 5L0 10z\" class=\"mastery-arrow\"/></marker></defs>");
        for (ConceptRow row : rows) {
            int[] to = at.get(row.concept().key());
            for (Prerequisite edge : graph.prerequisitesOf(row.concept().key())) {
                int[] from = at.get(edge.prerequisite());
                if (from == null) {
                    continue;
                }
                int x1 = from[0] + BOX_WIDTH;
                int y1 = from[1] + BOX_HEIGHT / 2;
                int x2 = to[0];
                int y2 = to[1] + BOX_HEIGHT / 2;
                int bend = Math.max(COLUMN_GAP / 2, (x2 - x1) / 2);
                svg.append("<path class=\"mastery-edge").append(edge.kind() == PrerequisiteKind.SOFT ? " soft" : "")
                        .append("\" d=\"M").append(x1).append(' ').append(y1).append(" C").append(x1 + bend).append(' ')
                        .append(y1).append(' ').append(x2 - bend).append(' ').append(y2).append(' ').append(x2)
                        .append(' ').append(y2).append("\" marker-end=\"url(#mastery-arrow)\"/>");
            }
        }
        for (ConceptRow row : rows) {
            int[] p = at.get(row.concept().key());
            String value = row.percent() == null ? messages.getMessage("mastery.map.noEvidence", null, locale)
                    : messages.getMessage("mastery.percent", new Object[] {row.percent()}, locale);
            String name = row.concept().name();
            String shortName = name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT - 1) + "…" : name;
            svg.append("<a href=\"/mastery/concepts/").append(escape(row.concept().key()))
                    .append("\" class=\"mastery-node band-").append(row.band())
                    .append(row.visible() ? "" : " hidden-concept").append("\" data-concept=\"")
                    .append(escape(row.concept().key())).append("\"><title>").append(escape(name)).append(": ")
                    .append(escape(value)).append("</title><rect x=\"").append(p[0]).append("\" y=\"").append(p[1])
                    .append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                    .append("\" rx=\"6\"/><text x=\"").append(p[0] + 8).append("\" y=\"").append(p[1] + 18)
                    .append("\" class=\"mastery-node-name\">").append(escape(shortName)).append("</text><text x=\"")
                    .append(p[0] + 8).append("\" y=\"").append(p[1] + 36).append("\" class=\"mastery-node-value\">")
                    .append(escape(value)).append("</text></a>");
        }
        return svg.append("</svg>").toString();
    }

    private String subjectName(String subject, Locale locale) {
        return messages.getMessage("mastery.subject." + subject, null, subject, locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
