package org.vidya.assessment.exchange.moodle;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.exchange.UnreadableFile;

/**
 * A small element tree read with a hardened StAX reader: no DOCTYPE at all (so no entity
 * expansion and nothing external is ever fetched), elements with the line they start on.
 */
final class XmlTree {

    static final int MAX_DEPTH = 64;
    static final int MAX_ELEMENTS = 500_000;

    private static final XMLInputFactory FACTORY = hardened();

    private XmlTree() {
    }

    static XMLInputFactory hardened() {
        // The JDK's own reader, whatever else is on the class path, configured against XXE.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("External resources are never fetched: " + systemId);
        });
        return factory;
    }

    static final class Element {
        final String name;
        final int line;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Element> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Element(String name, int line) {
            this.name = name;
            this.line = line;
        }

        @Nullable Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> all(String childName) {
            return children.stream().filter(child -> child.name.equals(childName)).toList();
        }

        /** The trimmed text of a child, or of its {@code <text>} child when it has one (Moodle's wrapping). */
        @Nullable String textOf(String childName) {
            Element child = child(childName);
            return child == null ? null : child.content();
        }

        String content() {
            Element inner = child("text");
            String value = inner != null ? inner.text.toString() : text.toString();
            return value.strip();
        }

        @Nullable String attribute(String attributeName) {
            return attributes.get(attributeName);
        }
    }

    static Element parse(String xml) {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            Deque<Element> open = new ArrayDeque<>();
            Element root = null;
            int count = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new UnreadableFile(reader.getLocation().getLineNumber(),
                            "doctype-refused", "Line " + reader.getLocation().getLineNumber()
                                    + ": a DOCTYPE is not accepted (no DTDs, no entities); remove it and try again.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableFile(
                            reader.getLocation().getLineNumber(), "entity-refused", "Line "
                                    + reader.getLocation().getLineNumber() + ": the entity &" + reader.getLocalName()
                                    + "; is not accepted; write the character itself.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++count > MAX_ELEMENTS || open.size() >= MAX_DEPTH) {
                            throw new UnreadableFile(reader.getLocation().getLineNumber(), "too-complex",
                                    "The XML is nested too deeply or has too many elements.");
                        }
                        Element element = new Element(reader.getLocalName(), reader.getLocation().getLineNumber());
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            element.attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        if (open.isEmpty()) {
                            root = element;
                        } else {
                            open.peek().children.add(element);
                        }
                        open.push(element);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().text.append(reader.getText());
                        }
                    }
                    default -> {
                    }
                }
            }
            if (root == null) {
                throw new UnreadableFile(1, "bad-xml", "The file holds no XML element.");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNumber()) : 1;
            String reason = e.getMessage() == null ? "" : e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
            throw new UnreadableFile(line, "bad-xml", "Line " + line + ": the XML is malformed (" + shorten(reason) + ").");
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing was held open beyond the string
                }
            }
        }
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
