package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class TrueFalseItemTypeTests {

    final TrueFalseItemType type = new TrueFalseItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Light travels faster than sound.", "answer": true,
             "feedbackTrue": "Right.", "feedbackFalse": "Think of thunder and lightning."}""");

    @Test
    void needsAPromptAndABooleanAnswer() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("{\"answer\": \"yes\"}")))).containsExactly("prompt", "answer");
        assertThat(Json.codes(type.validate(Json.of("{\"prompt\": \"?\"}")))).containsExactly("required");
    }

    @Test
    void showsOnlyThePrompt() {
        JsonNode shown = type.render(BODY, new RenderContext(1, true));
        Json.assertNoKeys(shown);
        assertThat(Json.allFieldNames(shown)).containsExactly("prompt");
    }

    @Test
    void gradesWithTheFeedbackOfTheSideChosen() {
        assertThat(type.grade(BODY, Json.of("{\"value\": true}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": true}")).feedback()).isEqualTo("Right.");
        assertThat(type.grade(BODY, Json.of("{\"value\": false}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"value\": false}")).feedback()).startsWith("Think");
        assertThat(type.grade(BODY, Json.of("{}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"value\": \"true\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"value\": \"true\"}")))).containsExactly("wrong-type");
    }
}
