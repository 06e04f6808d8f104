package org.vidya.assessment.exchange.qti;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@link XmlNode} trees as UTF-8 XML, spelling QTI elements and attributes the way the
 * version wants. QTI structure and block containers are indented; content is written as is.
 */
final class XmlWriter {

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    // QTI 3.0 puts the content of these elements in a qti-content-body.
    private static final Set<String> CONTENT_BODY = Set.of("modalFeedback", "rubricBlock");
    // Indenting inside these would put spaces into what a reader sees.
    private static final Set<String> QTI_CONTENT = Set.of("simpleChoice", "simpleAssociableChoice", "inlineChoice",
            "feedbackInline", "prompt");
    private static final Set<String> CONTAINERS = Set.of("manifest", "metadata", "organizations", "resources",
            "resource", "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "div");

    private final QtiVersion version;
    private final StringBuilder out = new StringBuilder(4096);

    private XmlWriter(QtiVersion version) {
        this.version = version;
    }

    /** A document whose root is in {@code namespace}, with the schema location given. */
    static byte[] write(XmlNode root, QtiVersion version, String namespace, String schema) {
        XmlWriter writer = new XmlWriter(version);
        writer.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Map<String, String> declarations = new LinkedHashMap<>();
        declarations.put("xmlns", namespace);
        declarations.put("xmlns:xsi", XSI);
        declarations.put("xsi:schemaLocation", namespace + " " + schema);
        writer.element(root, 0, declarations);
        writer.out.append('\n');
        return writer.out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void element(XmlNode node, int depth, Map<String, String> extra) {
        String name = node.isQti() ? version.element(node.name()) : node.name();
        out.append('<').append(name);
        extra.forEach((key, value) -> attribute(key, value));
        node.attributes().forEach((key, value) -> attribute(node.isQti() ? version.attribute(key) : key, value));
        List<Object> children = node.children();
        if (version == QtiVersion.V3P0 && node.isQti() && CONTENT_BODY.contains(node.name()) && !children.isEmpty()) {
            XmlNode body = XmlNode.qti("contentBody");
            children.forEach(child -> body.children().add(child));
            children = List.of(body);
        }
        if (children.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean elementsOnly = children.stream().allMatch(XmlNode.class::isInstance)
                && (node.isQti() ? !QTI_CONTENT.contains(node.name()) : CONTAINERS.contains(node.name()));
        for (Object child : children) {
            if (child instanceof XmlNode element) {
                if (elementsOnly) {
                    out.append('\n').append("  ".repeat(depth + 1));
                }
                element(element, depth + 1, Map.of());
            } else {
                text((String) child, false);
            }
        }
        if (elementsOnly) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append("</").append(name).append('>');
    }

    private void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        text(value, true);
        out.append('"');
    }

    private void text(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> {
                    // Characters XML 1.0 cannot hold are left out.
                    if (c >= 0x20 && c != 0xfffe && c != 0xffff || Character.isSurrogate(c)) {
                        out.append(c);
                    }
                }
            }
        }
    }
}
