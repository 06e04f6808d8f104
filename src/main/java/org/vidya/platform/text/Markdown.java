package org.vidya.platform.text;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown (CommonMark with GitHub tables) to HTML that is safe to print unescaped. Text is
 * stored as its author wrote it; only the rendering is made inert: raw HTML in the Markdown is
 * shown as text, links get {@code rel="nofollow noopener"}, and whatever slips through the
 * renderer (scripts, event handlers, {@code javascript:} addresses) is removed by an allow-list
 * sanitizer. Thread-safe.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    // escapeHtml turns raw HTML blocks and inline tags into visible text; sanitizeUrls drops
    // addresses with schemes other than http(s), mailto and data images.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul", "ol", "li",
                    "em", "strong", "del", "hr", "br", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title").onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            .allowAttributes("src", "alt", "title").onElements("img")
            .allowAttributes("class").matching(Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}")).onElements("code")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .toFactory();

    private Markdown() {
    }

    /** Safe HTML for the Markdown text. */
    public static String render(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /** Keeps only the allowed elements and attributes of an HTML fragment. */
    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }
}
