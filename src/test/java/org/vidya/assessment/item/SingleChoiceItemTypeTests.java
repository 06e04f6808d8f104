package org.vidya.assessment.item;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SingleChoiceItemTypeTests {

    final SingleChoiceItemType type = new SingleChoiceItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Which is a **noble** gas?", "shuffle": true,
             "choices": [{"id": "k3", "text": "Neon", "fraction": 1, "feedback": "Yes."},
                         {"id": "p9", "text": "Iron", "fraction": 0},
                         {"id": "z1", "text": "Oxygen", "fraction": -0.5, "feedback": "A reactive gas."},
                         {"id": "m4", "text": "Water", "fraction": 0.25}]}""");

    @Test
    void acceptsAValidBody() {
        assertThat(type.validate(BODY)).isEmpty();
    }

    @Test
    void namesEachProblemByItsPath() {
        JsonNode bad = Json.of("""
                {"choices": [{"id": "a", "text": "x", "fraction": 1},
                             {"id": "a", "text": "", "fraction": 2},
                             {"text": "y", "fraction": "no"}]}""");
        assertThat(Json.fields(type.validate(bad))).containsExactly("prompt", "choices[1].id", "choices[1].text",
                "choices[1].fraction", "choices[2].id", "choices[2].fraction");
    }

    @Test
    void needsExactlyOneRightChoice() {
        assertThat(Json.codes(type.validate(Json.of("""
                {"prompt": "?", "choices": [{"id": "a", "text": "x", "fraction": 0}, {"id": "b", "text": "y"}]}"""))))
                .containsExactly("no-right-choice");
        assertThat(Json.codes(type.validate(Json.of("""
                {"prompt": "?", "choices": [{"id": "a", "text": "x", "fraction": 1}, {"id": "b", "text": "y", "fraction": 1}]}"""))))
                .containsExactly("several-right-choices");
    }

    @Test
    void limitsChoicesAndText() {
        StringBuilder many = new StringBuilder("{\"prompt\": \"?\", \"choices\": [");
        for (int i = 0; i < 27; i++) {
            many.append(i == 0 ? "" : ",").append("{\"id\": \"c").append(i).append("\", \"text\": \"t\", \"fraction\": ")
                    .append(i == 0 ? 1 : 0).append('}');
        }
        assertThat(Json.codes(type.validate(Json.of(many.append("]}").toString())))).containsExactly("too-many");
        String longPrompt = "x".repeat(20_001);
        assertThat(Json.fields(type.validate(Json.of("{\"prompt\": \"" + longPrompt + "\", \"choices\": "
                + BODY.get("choices") + "}")))).containsExactly("prompt");
        assertThat(Json.codes(type.validate(Json.of("[1]")))).containsExactly("not-an-object");
    }

    @Test
    void rendersWithoutKeysAsSanitizedHtml() {
        JsonNode shown = type.render(BODY, new RenderContext(42, true));
        Json.assertNoKeys(shown);
        assertThat(shown.get("prompt").asString()).isEqualTo("<p>Which is a <strong>noble</strong> gas?</p>\n");
        assertThat(shown.get("choices")).hasSize(4);
        JsonNode evil = Json.of("""
                {"prompt": "<script>alert(1)</script>[x](javascript:alert)",
                 "choices": [{"id": "a", "text": "<img src=x onerror=alert(1)>", "fraction": 1}, {"id": "b", "text": "y"}]}""");
        String html = Json.bytes(type.render(evil, new RenderContext(1, false)));
        assertThat(html).doesNotContain("<script", "<img", "href=\\\"javascript");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndSeedsDiffer() {
        String first = Json.bytes(type.render(BODY, new RenderContext(7, true)));
        assertThat(Json.bytes(type.render(BODY, new RenderContext(7, true)))).isEqualTo(first);
        long orders = LongStream.range(0, 40)
                .mapToObj(seed -> type.render(BODY, new RenderContext(seed, true)).get("choices").toString())
                .distinct().count();
        assertThat(orders).isGreaterThan(5);
    }

    @Test
    void keepsTheAuthorsOrderWhenTheTestOrTheBodySaysSo() {
        assertThat(type.render(BODY, new RenderContext(7, false)).get("choices").findValuesAsString("id"))
                .containsExactly("k3", "p9", "z1", "m4");
        JsonNode fixed = ((tools.jackson.databind.node.ObjectNode) BODY.deepCopy()).put("shuffle", false);
        assertThat(type.render(fixed, new RenderContext(7, true)).get("choices").findValuesAsString("id"))
                .containsExactly("k3", "p9", "z1", "m4");
    }

    @Test
    void gradesRightPartialNegativeAndUnanswered() {
        ItemScore right = type.grade(BODY, Json.of("{\"choice\": \"k3\"}"));
        assertThat(right.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(right.feedback()).isEqualTo("Yes.");
        assertThat(type.grade(BODY, Json.of("{\"choice\": \"m4\"}"))).isEqualTo(new ItemScore(0.25, Outcome.PARTIAL, null));
        assertThat(type.grade(BODY, Json.of("{\"choice\": \"z1\"}")).fraction()).isEqualTo(-0.5);
        assertThat(type.grade(BODY, Json.of("{\"choice\": \"p9\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("null")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"choice\": null}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void refusesResponsesOfTheWrongShape() {
        assertThat(type.validateResponse(BODY, Json.of("{\"choice\": \"k3\"}"))).isEmpty();
        assertThat(type.validateResponse(BODY, Json.of("null"))).isEmpty();
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"choice\": \"nope\"}")))).containsExactly("unknown-choice");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"choice\": 3}")))).containsExactly("wrong-type");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("\"k3\"")))).containsExactly("not-an-object");
        assertThat(type.grade(BODY, Json.of("{\"choice\": 3}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("[\"k3\"]")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }
}
