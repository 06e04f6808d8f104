package org.vidya.assessment.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkupTests {

    private static String roundTrip(String markdown) {
        return Markup.markdown(List.copyOf(Markup.blocks(markdown)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Plain text.",
            "2 * 3 = 6 and a_b_c in snake_case",
            "A [note] in brackets, C# and 5 < 6 > 4 & so on.",
            "*Emphasis*, **strong** and `code`.",
            "A [link](https://example.org/a) and ![an image](img/a.png)",
            "First paragraph.\n\nSecond paragraph.",
            "# A heading\n\nText.",
            "- one\n- two\n- three",
            "1. first\n2. second",
            "> quoted",
            "```\nint x = 1 < 2;\n```",
            "Line one\\\nline two",
            "| a | b |\n| --- | --- |\n| 1 | 2 |",
            "Price: 100 % of 1. Not a list.",
            "Backslash \\ and a literal \\*star\\*",
    })
    void markdownSurvivesXhtmlAndBack(String markdown) {
        assertThat(roundTrip(markdown)).isEqualTo(markdown);
    }

    @Test
    void escapesWhatWouldOtherwiseBecomeMarkup() {
        assertThat(Markup.escape("# not a heading", true)).isEqualTo("\\# not a heading");
        assertThat(Markup.escape("1. not a list", true)).isEqualTo("1\\. not a list");
        assertThat(Markup.escape("[x](y)")).isEqualTo("[x\\](y)");
        assertThat(Markup.escape("<script>")).isEqualTo("\\<script>");
        assertThat(Markup.escape("&amp;")).isEqualTo("\\&amp;");
        assertThat(Markup.escape("*word*")).isEqualTo("\\*word\\*");
    }

    @Test
    void keepsMediaAndLinksAsAddressesAndSubscriptsAsCharacters() {
        XmlNode p = XmlNode.html("p").text("H").with(XmlNode.html("sub").text("2")).text("O and x")
                .with(XmlNode.html("sup").text("2")).text(" ")
                .with(XmlNode.html("object").set("data", "media/clip.mp4").set("type", "video/mp4"));

        assertThat(Markup.markdown(List.of(p))).isEqualTo("H₂O and x² [video/mp4](media/clip.mp4)");
    }
}
