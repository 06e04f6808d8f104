package org.vidya.assessment.exchange.qti;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads XML into {@link XmlNode}s with a parser that refuses document type declarations, so that
 * no entity is ever expanded and nothing outside the file is ever read or fetched. QTI 3.0's
 * kebab-case names are read as QTI 2.1's camel-case ones, namespaces are dropped.
 */
final class SafeXml {

    /** Largest XML file read, in bytes. */
    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_DEPTH = 100;
    static final int MAX_ELEMENTS = 200_000;

    private static final Pattern ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private SafeXml() {
    }

    static XmlNode parse(byte[] bytes) throws XmlProblem {
        if (bytes.length > MAX_BYTES) {
            throw new XmlProblem("file-too-large", 0, "An XML file may have at most " + MAX_BYTES / (1024 * 1024)
                    + " MB.");
        }
        String text = checkUtf8(bytes);
        Builder builder = new Builder(text);
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            var reader = parser.getXMLReader();
            reader.setContentHandler(builder);
            reader.setErrorHandler(builder);
            // Never consulted while DOCTYPEs are refused; an empty answer if it ever were.
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
        } catch (SAXParseException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new XmlProblem("unsafe-xml", Math.max(e.getLineNumber(), 0),
                        "The file declares a DOCTYPE; QTI files do not need one, and it is refused for safety.");
            }
            throw new XmlProblem("malformed-xml", Math.max(e.getLineNumber(), 0), "The XML is not well formed: "
                    + message);
        } catch (Limit e) {
            throw e.problem;
        } catch (SAXException e) {
            throw new XmlProblem("malformed-xml", builder.line(), "The XML is not well formed: " + e.getMessage());
        } catch (IOException e) {
            throw new XmlProblem("bad-encoding", builder.line(),
                    "The file's bytes do not match its character encoding.");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        if (builder.root == null) {
            throw new XmlProblem("malformed-xml", 0, "The file has no XML element.");
        }
        return builder.root;
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        // The JDK's own parser, whatever else is on the class path.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    // Files that say (or imply) UTF-8 are checked first, so that a bad byte is named with its line.
    private static @Nullable String checkUtf8(byte[] bytes) throws XmlProblem {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xff)) {
            return null;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        Matcher declared = ENCODING.matcher(head.startsWith("\u00ef\u00bb\u00bf") ? head.substring(3) : head);
        if (declared.find() && !declared.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8")) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            for (int i = 0; i < in.position() && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new XmlProblem("bad-encoding", line, "The file is not valid UTF-8 (line " + line + ").");
        }
    }

    /** Kebab-case QTI 3.0 names to camel case: {@code qti-choice-interaction} → {@code choiceInteraction}. */
    static String elementName(String localName) {
        return localName.startsWith("qti-") ? camel(localName.substring(4)) : localName;
    }

    static String attributeName(String localName) {
        if (localName.startsWith("data-") || localName.startsWith("aria-") || localName.indexOf('-') < 0) {
            return localName;
        }
        return camel(localName);
    }

    private static String camel(String kebab) {
        StringBuilder out = new StringBuilder(kebab.length());
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    private static final class Limit extends SAXException {

        final XmlProblem problem;

        Limit(XmlProblem problem) {
            super(problem.getMessage());
            this.problem = problem;
        }
    }

    private static final class Builder extends DefaultHandler {

        @Nullable XmlNode root;
        private final @Nullable String text;
        private final int[] lineStarts;
        private final Deque<XmlNode> open = new ArrayDeque<>();
        private @Nullable Locator locator;
        private int elements;
        private final StringBuilder pending = new StringBuilder();

        Builder(@Nullable String text) {
            this.text = text;
            if (text == null) {
                lineStarts = new int[0];
                return;
            }
            int lines = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lines++;
                }
            }
            lineStarts = new int[lines];
            for (int i = 0, line = 1; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    lineStarts[line++] = i + 1;
                }
            }
        }

        int line() {
            return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
        }

        // The parser reports where a start tag ends; an element starts on the line of its '<'.
        private int startLine(String qName) {
            int end = line();
            if (text == null || locator == null || end < 1 || end > lineStarts.length) {
                return end;
            }
            int offset = Math.min(text.length(), lineStarts[end - 1] + Math.max(locator.getColumnNumber() - 1, 0));
            int open = text.lastIndexOf("<" + qName, offset);
            if (open < 0) {
                return end;
            }
            int line = end;
            while (line > 1 && lineStarts[line - 1] > open) {
                line--;
            }
            return line;
        }

        @Override
        public void setDocumentLocator(Locator value) {
            locator = value;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (++elements > MAX_ELEMENTS) {
                throw new Limit(new XmlProblem("file-too-large", line(), "The file has more than " + MAX_ELEMENTS
                        + " elements."));
            }
            if (open.size() >= MAX_DEPTH) {
                throw new Limit(new XmlProblem("malformed-xml", line(), "The file nests elements more than "
                        + MAX_DEPTH + " deep."));
            }
            flush();
            String name = localName.isEmpty() ? qName : localName;
            XmlNode node = new XmlNode(elementName(name), name, true, startLine(qName));
            for (int i = 0; i < attributes.getLength(); i++) {
                String attributeUri = attributes.getURI(i);
                String local = attributes.getLocalName(i).isEmpty() ? attributes.getQName(i)
                        : attributes.getLocalName(i);
                if (XMLConstants.XML_NS_URI.equals(attributeUri)) {
                    node.attributes().put("xml:" + local, attributes.getValue(i));
                } else if (attributeUri == null || attributeUri.isEmpty()) {
                    node.attributes().put(attributeName(local), attributes.getValue(i));
                }
            }
            if (open.isEmpty()) {
                if (root != null) {
                    throw new SAXException("more than one root element");
                }
                root = node;
            } else {
                open.peek().children().add(node);
            }
            open.push(node);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flush();
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                pending.append(ch, start, length);
            }
        }

        private void flush() {
            XmlNode current = open.peek();
            if (current != null && !pending.isEmpty()) {
                current.children().add(pending.toString());
            }
            pending.setLength(0);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
