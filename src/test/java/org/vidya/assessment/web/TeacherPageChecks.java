package org.vidya.assessment.web;

import org.jsoup.nodes.Document;

import static org.assertj.core.api.Assertions.assertThat;

/** What every teacher test page keeps in every language: its language, all its texts, one heading, labelled fields. */
final class TeacherPageChecks {

    private TeacherPageChecks() {
    }

    static void complete(Document page, String path, String language) {
        assertThat(page.select("html").attr("lang")).as(path).isEqualTo(language);
        assertThat(page.html()).as(path).doesNotContain("??");
        assertThat(page.select("main h1")).as(path).hasSize(1);
        assertThat(page.select("main section")).as("one section per page: " + path).hasSize(1);
        page.select("main input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main select, main textarea")
                .forEach(field -> assertThat(page.select("label[for=" + field.id() + "]"))
                        .as(path + " label for #" + field.id()).isNotEmpty());
        page.select("main input[type=checkbox], main input[type=radio]").forEach(box ->
                assertThat(box.parent().tagName()).as(path + " box inside its label").isEqualTo("label"));
    }
}
