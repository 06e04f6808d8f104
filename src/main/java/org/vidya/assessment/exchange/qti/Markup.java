package org.vidya.assessment.exchange.qti;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Vidya's Markdown text to QTI's XHTML and back. Media and links stay addresses in the text: nothing
 * is fetched. Markup without a Markdown form (spans, classes, MathML) keeps its text.
 */
final class Markup {

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "pre", "table", "hr", "prompt", "itemBody", "contentBody", "feedbackBlock", "rubricBlock",
            "section", "article", "figure", "dl", "address", "templateBlock");

    private static final Pattern ENTITY = Pattern.compile("&[A-Za-z0-9#]{1,32};");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉";

    private Markup() {
    }

    // ---- XHTML to Markdown

    /**
     * Markdown for a run of XHTML content. {@code special} may answer an element with Markdown of
     * its own (a gap marker, a prompt), the empty string to leave it out, or null to convert it.
     */
    static String markdown(List<Object> content, Function<XmlNode, @Nullable String> special) {
        return new ToMarkdown(special).blocks(content).strip();
    }

    static String markdown(List<Object> content) {
        return markdown(content, e -> null);
    }

    private static final class ToMarkdown {

        private final Function<XmlNode, @Nullable String> special;

        ToMarkdown(Function<XmlNode, @Nullable String> special) {
            this.special = special;
        }

        String blocks(List<Object> content) {
            List<String> out = new ArrayList<>();
            StringBuilder inline = new StringBuilder();
            for (Object child : content) {
                if (child instanceof XmlNode e && isBlock(e)) {
                    paragraph(out, inline);
                    String block = block(e);
                    if (!block.isBlank()) {
                        out.add(block.strip());
                    }
                } else {
                    inline(child, inline);
                }
            }
            paragraph(out, inline);
            return String.join("\n\n", out);
        }

        private boolean isBlock(XmlNode e) {
            String replaced = special.apply(e);
            if (replaced != null) {
                return replaced.contains("\n\n") || e.name().endsWith("Interaction") && !isInline(e);
            }
            return BLOCKS.contains(e.name());
        }

        private static boolean isInline(XmlNode e) {
            return e.name().equals("textEntryInteraction") || e.name().equals("inlineChoiceInteraction")
                    || e.name().equals("endAttemptInteraction");
        }

        private static void paragraph(List<String> out, StringBuilder inline) {
            String text = inline.toString().replaceAll("[ \\t]*\n[ \\t]*", "\n").strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
            inline.setLength(0);
        }

        private String block(XmlNode e) {
            String replaced = special.apply(e);
            if (replaced != null) {
                return replaced;
            }
            String name = e.name();
            return switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> "#".repeat(name.charAt(1) - '0') + " "
                        + inlines(e.children()).replace('\n', ' ');
                case "ul", "ol" -> list(e, name.equals("ol"));
                case "blockquote" -> blocks(e.children()).lines().map(l -> l.isEmpty() ? ">" : "> " + l)
                        .reduce((a, b) -> a + "\n" + b).orElse("");
                case "pre" -> "```\n" + e.textContent() + "\n```";
                case "hr" -> "---";
                case "table" -> table(e);
                default -> blocks(e.children());
            };
        }

        private String list(XmlNode list, boolean ordered) {
            List<String> items = new ArrayList<>();
            int number = ordered ? parseInt(list.attr("start"), 1) : 0;
            for (XmlNode item : list.all("li")) {
                String marker = ordered ? (number++) + ". " : "- ";
                String body = blocks(item.children());
                String indent = " ".repeat(marker.length());
                items.add(marker + body.replace("\n", "\n" + indent).replaceAll("\n +\n", "\n\n"));
            }
            return String.join("\n", items);
        }

        private String table(XmlNode table) {
            List<XmlNode> rows = table.descendants().filter(n -> n.name().equals("tr")).toList();
            if (rows.isEmpty()) {
                return "";
            }
            List<String> lines = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> cells = rows.get(r).elements().filter(c -> c.name().equals("td") || c.name().equals("th"))
                        .map(c -> inlines(c.children()).replace("\n", " ").replace("|", "\\|")).toList();
                lines.add("| " + String.join(" | ", cells) + " |");
                if (r == 0) {
                    lines.add("|" + " --- |".repeat(Math.max(cells.size(), 1)));
                }
            }
            return String.join("\n", lines);
        }

        String inlines(List<Object> content) {
            StringBuilder out = new StringBuilder();
            for (Object child : content) {
                inline(child, out);
            }
            return out.toString().replaceAll("[ \\t]*\n[ \\t]*", "\n").strip();
        }

        private void inline(Object node, StringBuilder out) {
            if (!(node instanceof XmlNode e)) {
                String text = ((String) node).replaceAll("\\s+", " ");
                if (endsWithSpaceOrEmpty(out) && text.startsWith(" ")) {
                    text = text.substring(1);
                }
                out.append(escape(text, out.isEmpty() || out.charAt(out.length() - 1) == '\n'));
                return;
            }
            String replaced = special.apply(e);
            if (replaced != null) {
                out.append(replaced);
                return;
            }
            switch (e.name()) {
                case "em", "i", "cite", "dfn", "var" -> wrap(out, "*", inlines(e.children()));
                case "strong", "b" -> wrap(out, "**", inlines(e.children()));
                case "code", "kbd", "samp", "tt" -> {
                    String code = e.textContent();
                    String fence = code.contains("`") ? "`` " : "`";
                    out.append(fence).append(code).append(fence.strip().length() == 2 ? " ``" : "`");
                }
                case "a" -> {
                    String href = e.attr("href");
                    String label = inlines(e.children());
                    if (href == null || href.isBlank()) {
                        out.append(label);
                    } else {
                        out.append('[').append(label).append("](").append(address(href)).append(')');
                    }
                }
                case "img" -> out.append("![").append(escape(e.attr("alt", ""))).append("](")
                        .append(address(e.attr("src", ""))).append(')');
                case "object", "audio", "video" -> {
                    String data = e.attr("data", e.attr("src", e.first("source").map(s -> s.attr("src", ""))
                            .orElse("")));
                    String label = inlines(e.children());
                    out.append('[').append(label.isEmpty() ? escape(e.attr("type", e.name())) : label).append("](")
                            .append(address(data)).append(')');
                }
                case "br" -> out.append("\\\n");
                case "sup" -> out.append(script(e.textContent(), SUPERSCRIPTS, "^"));
                case "sub" -> out.append(script(e.textContent(), SUBSCRIPTS, "_"));
                case "math" -> out.append(escape(e.textContent()));
                case "feedbackInline", "modalFeedback", "rubricBlock", "stylesheet", "templateInline" -> {
                }
                default -> {
                    if (BLOCKS.contains(e.name()) || e.name().equals("li")) {
                        String inner = blocks(e.children());
                        if (!inner.isEmpty()) {
                            out.append(inner.replace("\n\n", "\\\n"));
                        }
                    } else {
                        out.append(inlines(e.children()));
                    }
                }
            }
        }

        private static boolean endsWithSpaceOrEmpty(StringBuilder out) {
            return out.isEmpty() || Character.isWhitespace(out.charAt(out.length() - 1));
        }

        private static void wrap(StringBuilder out, String marker, String content) {
            if (!content.isEmpty()) {
                out.append(marker).append(content).append(marker);
            }
        }

        private static String script(String text, String digits, String marker) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c >= '0' && c <= '9') {
                    out.append(digits.charAt(c - '0'));
                } else if (c == '+' || c == '-') {
                    out.append(marker.equals("^") ? (c == '+' ? '⁺' : '⁻') : (c == '+' ? '₊' : '₋'));
                } else {
                    return escape(marker + text);
                }
            }
            return out.toString();
        }

        private static String address(String href) {
            return href.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29");
        }
    }

    /** Text with the characters that Markdown would read as markup escaped, and only those. */
    static String escape(String text) {
        return escape(text, false);
    }

    /**
     * {@code lineStart} says the text begins a line, where {@code #}, {@code >}, {@code -} and
     * list numbers are markup. Outside the text, neighbours are taken to be letters.
     */
    static String escape(String text, boolean lineStart) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i > 0 ? text.charAt(i - 1) : 'x';
            char after = i + 1 < text.length() ? text.charAt(i + 1) : 'x';
            boolean atLineStart = i == 0 ? lineStart : before == '\n';
            boolean escape = switch (c) {
                case '\\' -> i + 1 == text.length() || isPunctuation(after);
                case '`' -> true;
                case '*' -> !(Character.isWhitespace(before) && Character.isWhitespace(after));
                case '_' -> !(Character.isWhitespace(before) && Character.isWhitespace(after))
                        && !(Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after));
                case ']' -> i + 1 == text.length() || after == '(' || after == '[' || after == ':';
                case '<' -> i + 1 == text.length() || Character.isLetter(after) || after == '/' || after == '!'
                        || after == '?';
                case '&' -> ENTITY.matcher(text).region(i, Math.min(text.length(), i + 40)).lookingAt();
                case '#', '>', '-', '+', '=' -> atLineStart;
                case '.', ')' -> isListNumber(text, i, lineStart) && (i + 1 == text.length() || after == ' ');
                default -> false;
            };
            if (escape) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c > ' ';
    }

    // Digits from the start of a line up to i: "12." would begin an ordered list.
    private static boolean isListNumber(String text, int i, boolean lineStart) {
        int start = i;
        while (start > 0 && Character.isDigit(text.charAt(start - 1))) {
            start--;
        }
        return start < i && i - start <= 9 && (start == 0 ? lineStart : text.charAt(start - 1) == '\n');
    }

    private static int parseInt(@Nullable String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    // ---- Markdown to XHTML

    /** XHTML blocks for Markdown text. */
    static List<XmlNode> blocks(String markdown) {
        XmlNode holder = XmlNode.html("div");
        new ToXhtml().children(PARSER.parse(markdown), holder);
        return holder.elements().toList();
    }

    /** The content of the one paragraph the text makes, else its blocks: for choices and feedback. */
    static List<Object> flow(String markdown) {
        List<XmlNode> blocks = blocks(markdown);
        if (blocks.size() == 1 && blocks.getFirst().name().equals("p")) {
            return blocks.getFirst().children();
        }
        return List.copyOf(blocks);
    }

    /** Inline content only: paragraphs become lines. For inline feedback. */
    static List<Object> inline(String markdown) {
        List<Object> out = new ArrayList<>();
        for (XmlNode block : blocks(markdown)) {
            if (!out.isEmpty()) {
                out.add(XmlNode.html("br"));
            }
            if (block.name().equals("p")) {
                out.addAll(block.children());
            } else {
                out.add(block.textContent());
            }
        }
        return out;
    }

    /** The text a reader sees, without markup: for inline choices, which hold text only. */
    static String plain(String markdown) {
        XmlNode holder = XmlNode.html("div");
        blocks(markdown).forEach(holder::add);
        return holder.textContent().replaceAll("\\s+", " ");
    }

    private static final class ToXhtml {

        void children(Node parent, XmlNode into) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
                node(child, into);
            }
        }

        private void node(Node node, XmlNode into) {
            switch (node) {
                case Paragraph p -> children(p, into.add(XmlNode.html("p")));
                case Heading h -> children(h, into.add(XmlNode.html("h" + h.getLevel())));
                case BulletList list -> items(list, into.add(XmlNode.html("ul")), list.isTight());
                case OrderedList list -> {
                    XmlNode ol = into.add(XmlNode.html("ol"));
                    if (list.getMarkerStartNumber() != null && list.getMarkerStartNumber() != 1) {
                        ol.set("start", list.getMarkerStartNumber());
                    }
                    items(list, ol, list.isTight());
                }
                case BlockQuote quote -> children(quote, into.add(XmlNode.html("blockquote")));
                case FencedCodeBlock code -> into.add(XmlNode.html("pre")).text(trimEnd(code.getLiteral()));
                case IndentedCodeBlock code -> into.add(XmlNode.html("pre")).text(trimEnd(code.getLiteral()));
                case HtmlBlock html -> into.add(XmlNode.html("p")).text(html.getLiteral().strip());
                case ThematicBreak ignored -> into.add(XmlNode.html("hr"));
                case TableBlock table -> children(table, into.add(XmlNode.html("table")));
                case TableHead head -> children(head, into.add(XmlNode.html("thead")));
                case TableBody body -> children(body, into.add(XmlNode.html("tbody")));
                case TableRow row -> children(row, into.add(XmlNode.html("tr")));
                case TableCell cell -> children(cell, into.add(XmlNode.html(cell.isHeader() ? "th" : "td")));
                case Text text -> into.text(text.getLiteral());
                case Emphasis em -> children(em, into.add(XmlNode.html("em")));
                case StrongEmphasis strong -> children(strong, into.add(XmlNode.html("strong")));
                case Code code -> into.add(XmlNode.html("code")).text(code.getLiteral());
                case Link link -> {
                    XmlNode a = into.add(XmlNode.html("a")).set("href", link.getDestination());
                    if (link.getTitle() != null) {
                        a.set("title", link.getTitle());
                    }
                    children(link, a);
                }
                case Image image -> {
                    XmlNode alt = XmlNode.html("span");
                    children(image, alt);
                    into.add(XmlNode.html("img")).set("src", image.getDestination()).set("alt", alt.textContent());
                }
                case SoftLineBreak ignored -> into.text("\n");
                case HardLineBreak ignored -> into.add(XmlNode.html("br"));
                case HtmlInline html -> into.text(html.getLiteral());
                default -> children(node, into);
            }
        }

        private void items(Node list, XmlNode into, boolean tight) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                XmlNode li = into.add(XmlNode.html("li"));
                if (item instanceof ListItem && tight) {
                    for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                        if (child instanceof Paragraph p) {
                            children(p, li);
                        } else {
                            node(child, li);
                        }
                    }
                } else {
                    children(item, li);
                }
            }
        }

        private static String trimEnd(String text) {
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        }
    }
}
