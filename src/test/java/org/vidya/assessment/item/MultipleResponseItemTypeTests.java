package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class MultipleResponseItemTypeTests {

    final MultipleResponseItemType type = new MultipleResponseItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Select the primes.", "shuffle": true,
             "choices": [{"id": "a1", "text": "2", "fraction": 0.5}, {"id": "b2", "text": "3", "fraction": 0.5},
                         {"id": "c3", "text": "4", "fraction": -0.5, "feedback": "4 = 2 x 2."},
                         {"id": "d4", "text": "9", "fraction": -1}]}""");

    @Test
    void positiveFractionsMustAddUpToOne() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.codes(type.validate(Json.of("""
                {"prompt": "?", "choices": [{"id": "a", "text": "x", "fraction": 0.5}, {"id": "b", "text": "y", "fraction": 0.3}]}"""))))
                .containsExactly("fractions-not-whole");
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "choices": [{"id": "a", "text": "x", "fraction": 1}, {"id": "b", "text": "y", "fraction": -1.5}]}"""))))
                .containsExactly("choices[1].fraction");
    }

    @Test
    void rendersWithoutKeysAndTheSameSeedGivesTheSameBytes() {
        JsonNode shown = type.render(BODY, new RenderContext(3, true));
        Json.assertNoKeys(shown);
        assertThat(shown.get("choices").findValuesAsString("id")).containsExactlyInAnyOrder("a1", "b2", "c3", "d4");
        assertThat(Json.bytes(type.render(BODY, new RenderContext(3, true)))).isEqualTo(Json.bytes(shown));
    }

    @Test
    void addsTheChosenFractionsClampedToMinusOne() {
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\", \"b2\"]}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\"]}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\"]}")).outcome()).isEqualTo(Outcome.PARTIAL);
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\", \"b2\", \"c3\"]}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\", \"c3\"]}")).fraction()).isZero();
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"c3\", \"d4\"]}")).fraction()).isEqualTo(-1);
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"c3\"]}")).feedback()).isEqualTo("4 = 2 x 2.");
        assertThat(type.grade(BODY, Json.of("{\"choices\": []}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void countsAChoiceOnceAndRefusesWrongShapes() {
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"choices\": [\"a1\", \"a1\"]}"))))
                .containsExactly("duplicate");
        assertThat(type.grade(BODY, Json.of("{\"choices\": [\"a1\", \"a1\"]}")).fraction()).isEqualTo(0.5);
        assertThat(Json.fields(type.validateResponse(BODY, Json.of("{\"choices\": [\"a1\", \"zz\", 4]}"))))
                .containsExactly("choices[1]", "choices[2]");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"choices\": \"a1\"}")))).containsExactly("wrong-type");
        assertThat(type.grade(BODY, Json.of("{\"choices\": \"a1\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }
}
