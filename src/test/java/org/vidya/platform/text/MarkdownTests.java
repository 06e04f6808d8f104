package org.vidya.platform.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Markdown is rendered, and whatever an author writes in it is shown but never runs. */
class MarkdownTests {

    @Test
    void rendersCommonMarkAndTables() {
        String html = Markdown.render("""
                ## Loops
                A *for* loop repeats **each** item.

                | n | n² |
                |:--|--:|
                | 2 | 4 |

                ```python
                for i in range(3):
                    print(i)
                ```
                """);
        assertThat(html).contains("<h2>Loops</h2>", "<em>for</em>", "<strong>each</strong>", "<table>",
                "<td align=\"right\">4</td>", "<code class=\"language-python\">", "print(i)");
    }

    @Test
    void scriptTagsAreShownAsText() {
        String html = Markdown.render("Before <script>alert('x')</script> after\n\n<script>alert(1)</script>");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void eventHandlersNeverSurvive() {
        String html = Markdown.render("<img src=x onerror=alert(1)>\n\nText <b onmouseover=\"alert(1)\">bold</b>");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("img, b, [onerror], [onmouseover]")).isEmpty();
        assertThat(page.text()).contains("<img src=x onerror=alert(1)>", "<b onmouseover=\"alert(1)\">bold</b>");
        assertThat(Markdown.sanitize("<img src=\"a.png\" onerror=\"alert(1)\">")).doesNotContain("onerror");
    }

    @Test
    void javascriptLinksLoseTheirAddress() {
        String html = Markdown.render("[click](javascript:alert(1)) and [data](data:text/html;base64,PHNjcmlwdD4=)");
        assertThat(html).doesNotContain("javascript:", "data:text").contains("click");
        assertThat(Markdown.sanitize("<a href=\"javascript:alert(1)\">x</a>")).doesNotContain("javascript");
    }

    @Test
    void linksGetNofollowAndNoopener() {
        String html = Markdown.render("See [the docs](https://docs.python.org/3/) or [home](/catalog).");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("a").eachAttr("href")).containsExactly("https://docs.python.org/3/", "/catalog");
        for (Element link : page.select("a")) {
            assertThat(link.attr("rel").split(" ")).containsExactlyInAnyOrder("nofollow", "noopener");
        }
    }

    @Test
    void htmlInsideCodeFencesStaysCode() {
        String html = Markdown.render("```html\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n```");
        assertThat(html).contains("<pre><code class=\"language-html\">",
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script", "<img");
    }

    @Test
    void inlineCodeIsEscaped() {
        assertThat(Markdown.render("Use `<b>` for bold")).contains("<code>&lt;b&gt;</code>");
    }
}
