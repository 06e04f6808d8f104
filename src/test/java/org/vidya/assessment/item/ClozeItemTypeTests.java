package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ClozeItemTypeTests {

    final ItemType type = Json.allTypes().get("cloze");

    static final JsonNode BODY = Json.of("""
            {"text": "Water boils at {{g1}} °C at sea level, is {{g2}} and is called {{g3}}.",
             "gaps": [{"id": "g1", "type": "numeric", "weight": 2, "body": {"answers": [{"value": 100, "tolerance": 0, "fraction": 1}]}},
                      {"id": "g2", "type": "single-choice", "weight": 1,
                       "body": {"choices": [{"id": "h1", "text": "H₂O", "fraction": 1}, {"id": "h2", "text": "CO₂", "fraction": -1}]}},
                      {"id": "g3", "type": "short-text", "body": {"answers": [{"text": "water", "fraction": 1}]}}]}""");

    @Test
    void gapsAreBodiesOfTheirTypeWithoutAPrompt() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"text": "A {{g1}} and {{g9}} and {{g2}}{{g2}}.",
                 "gaps": [{"id": "g1", "type": "essay", "body": {}},
                          {"id": "g2", "type": "numeric", "weight": 0, "body": {"answers": [{"value": "x"}]}},
                          {"id": "g_3", "type": "short-text", "body": {"answers": [{"text": "a"}]}}]}"""))))
                .containsExactly("gaps[0].type", "gaps[1].weight", "gaps[1].body.answers[0].value", "gaps[1].id",
                        "gaps[2].id", "gaps[2].id", "text");
    }

    @Test
    void keepsTheMarkersAndShowsGapsWithoutKeys() {
        JsonNode shown = type.render(BODY, new RenderContext(9, true));
        Json.assertNoKeys(shown);
        assertThat(shown.get("text").asString()).contains("{{g1}}", "{{g2}}", "{{g3}}").startsWith("<p>");
        assertThat(shown.get("gaps").findValuesAsString("type")).containsExactly("numeric", "single-choice", "short-text");
        assertThat(shown.get("gaps").get(0).get("body").toString()).isEqualTo("{\"units\":[]}");
        assertThat(shown.get("gaps").get(1).get("body").get("choices")).hasSize(2);
        assertThat(shown.get("gaps").get(2).get("body").toString()).isEqualTo("{}");
        assertThat(Json.bytes(type.render(BODY, new RenderContext(9, true)))).isEqualTo(Json.bytes(shown));
    }

    @Test
    void takesTheWeightedMeanOfTheGaps() {
        assertThat(type.grade(BODY, Json.of("""
                {"gaps": {"g1": {"value": "100"}, "g2": {"choice": "h1"}, "g3": {"text": "Water"}}}""")).outcome())
                .isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"gaps\": {\"g1\": {\"value\": \"100\"}}}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"gaps\": {\"g2\": {\"choice\": \"h2\"}}}")).fraction()).isEqualTo(-0.25);
        assertThat(type.grade(BODY, Json.of("{\"gaps\": {\"g2\": {\"choice\": \"h1\"}, \"g3\": {\"text\": \"ice\"}}}"))
                .fraction()).isEqualTo(0.25);
        assertThat(type.grade(BODY, Json.of("{\"gaps\": {}}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"gaps\": {\"g1\": {\"value\": \"\"}}}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void checksEachGapsResponseByItsType() {
        assertThat(Json.fields(type.validateResponse(BODY, Json.of("""
                {"gaps": {"g1": {"value": "hundred"}, "g2": {"choice": "zz"}, "g7": {"text": "x"}}}"""))))
                .containsExactly("gaps.g1.value", "gaps.g2.choice", "gaps.g7");
        assertThat(type.validateResponse(BODY, Json.of("{\"gaps\": {\"g1\": {\"value\": \"100\"}}}"))).isEmpty();
    }
}
