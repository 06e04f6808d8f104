package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class NumericItemTypeTests {

    final NumericItemType type = new NumericItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "g at the surface, in m/s²?",
             "answers": [{"value": 9.81, "tolerance": 0.05, "fraction": 1},
                         {"value": 10, "tolerance": 0, "fraction": 0.5, "feedback": "Rounded."}],
             "units": [{"unit": "m/s^2", "multiplier": 1}, {"unit": "cm/s^2", "multiplier": 100}],
             "unitRequired": false}""");

    @Test
    void checksAnswersAndUnits() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "answers": [{"value": "x", "tolerance": -1, "fraction": 1}],
                 "units": [{"unit": "m", "multiplier": 0}, {"unit": " m "}]}"""))))
                .containsExactly("answers[0].value", "answers[0].tolerance", "units[0].multiplier", "units[1].unit");
        assertThat(Json.codes(type.validate(Json.of("{\"prompt\": \"?\", \"answers\": [{\"value\": 1, \"fraction\": 0.5}]}"))))
                .containsExactly("no-right-answer");
        assertThat(Json.fields(type.validate(Json.of("{\"prompt\": \"?\"}")))).containsExactly("answers");
    }

    @Test
    void showsThePromptAndTheUnitsOnly() {
        JsonNode shown = type.render(BODY, new RenderContext(1, true));
        Json.assertNoKeys(shown);
        assertThat(shown.get("units").toString()).isEqualTo("[\"m/s^2\",\"cm/s^2\"]");
    }

    @Test
    void matchesTheFirstAnswerWithinItsTolerance() {
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.86\"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.76\"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.87\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \" 10 \"}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"10\"}")).feedback()).isEqualTo("Rounded.");
        assertThat(type.grade(BODY, Json.of("{\"value\": \"1e1\"}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"value\": 9.8}")).outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void convertsListedUnitsAndRefusesOthers() {
        assertThat(type.grade(BODY, Json.of("{\"value\": \"981\", \"unit\": \"cm/s^2\"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.81\", \"unit\": \" m / s^2 \"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.81\", \"unit\": \"M/S^2\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.81\", \"unit\": \"cm/s^2\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        JsonNode required = ((tools.jackson.databind.node.ObjectNode) BODY.deepCopy()).put("unitRequired", true);
        assertThat(type.grade(required, Json.of("{\"value\": \"9.81\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"9.81\"}")).outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void unansweredAndWrongShapes() {
        assertThat(type.grade(BODY, Json.of("{\"value\": \"\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"unit\": \"m/s^2\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"nine\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"value\": \"nine\"}")))).containsExactly("not-a-number");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"value\": [1]}")))).containsExactly("wrong-type");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"value\": \"1\", \"unit\": 5}")))).containsExactly("wrong-type");
        assertThat(type.validateResponse(BODY, Json.of("{\"value\": \"9.8\", \"unit\": \"m/s^2\"}"))).isEmpty();
        assertThat(type.grade(BODY, Json.of("{\"value\": \"1e999999999\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }
}
