package org.vidya.assessment.exchange.qti;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * An XML element without namespaces, as the reader and writer see it. Children are elements and
 * text strings in document order. Read trees carry QTI 2.1 names (a QTI 3.0
 * {@code qti-choice-interaction max-choices} reads as {@code choiceInteraction maxChoices}); written
 * trees mark which elements belong to the QTI vocabulary, so that QTI 3.0 output can rename them.
 */
final class XmlNode {

    private final String name;
    private final String sourceName;
    private final boolean qti;
    private final int line;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> children = new ArrayList<>();

    XmlNode(String name, boolean qti, int line) {
        this(name, name, qti, line);
    }

    XmlNode(String name, String sourceName, boolean qti, int line) {
        this.name = name;
        this.sourceName = sourceName;
        this.qti = qti;
        this.line = line;
    }

    /** An element of the QTI vocabulary, for writing. */
    static XmlNode qti(String name) {
        return new XmlNode(name, true, 0);
    }

    /** An XHTML element, for writing. */
    static XmlNode html(String name) {
        return new XmlNode(name, false, 0);
    }

    String name() {
        return name;
    }

    /** The name as the file spelled it ({@code qti-choice-interaction}), for messages. */
    String sourceName() {
        return sourceName;
    }

    boolean isQti() {
        return qti;
    }

    /** Line the element starts on, from 1; 0 for written elements. */
    int line() {
        return line;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<Object> children() {
        return children;
    }

    @Nullable String attr(String attribute) {
        return attributes.get(attribute);
    }

    String attr(String attribute, String fallback) {
        String value = attributes.get(attribute);
        return value == null ? fallback : value;
    }

    XmlNode set(String attribute, @Nullable Object value) {
        if (value != null) {
            attributes.put(attribute, value.toString());
        }
        return this;
    }

    XmlNode add(XmlNode child) {
        children.add(child);
        return child;
    }

    /** Adds a child and returns this element, for building. */
    XmlNode with(XmlNode child) {
        children.add(child);
        return this;
    }

    XmlNode text(String text) {
        children.add(text);
        return this;
    }

    Stream<XmlNode> elements() {
        return children.stream().filter(XmlNode.class::isInstance).map(XmlNode.class::cast);
    }

    List<XmlNode> all(String childName) {
        return elements().filter(e -> e.name.equals(childName)).toList();
    }

    Optional<XmlNode> first(String childName) {
        return elements().filter(e -> e.name.equals(childName)).findFirst();
    }

    /** This element and every element below it, in document order. */
    Stream<XmlNode> descendants() {
        return Stream.concat(Stream.of(this), elements().flatMap(XmlNode::descendants));
    }

    /** The text of this element and everything below it, trimmed. */
    String textContent() {
        StringBuilder out = new StringBuilder();
        appendText(out);
        return out.toString().strip();
    }

    private void appendText(StringBuilder out) {
        for (Object child : children) {
            if (child instanceof XmlNode node) {
                node.appendText(out);
            } else {
                out.append(child);
            }
        }
    }

    @Override
    public String toString() {
        return "<" + name + attributes + ">";
    }
}
