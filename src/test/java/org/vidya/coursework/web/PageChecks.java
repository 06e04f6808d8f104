package org.vidya.coursework.web;

import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** What every coursework page keeps in every language: its language, all its texts, one heading, labelled fields. */
final class PageChecks {

    private PageChecks() {
    }

    static void complete(Document page, String path, String language) {
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
        assertThat(page.html()).as(path).doesNotContain("??");
        assertThat(page.select("main h1")).as(path).hasSize(1);
        assertThat(page.select("main section")).as("one section per page: " + path).hasSize(1);
        page.select("main input:not([type=hidden]):not([type=checkbox]), main select, main textarea").forEach(field ->
                assertThat(page.select("label[for=" + field.id() + "]")).as(path + " label for #" + field.id())
                        .isNotEmpty());
        page.select("main input[type=checkbox]").forEach(box ->
                assertThat(box.parent().tagName()).as(path + " checkbox inside its label").isEqualTo("label"));
    }
}
