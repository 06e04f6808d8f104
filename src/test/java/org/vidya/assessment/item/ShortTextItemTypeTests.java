package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ShortTextItemTypeTests {

    final ShortTextItemType type = new ShortTextItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Capital of France?", "caseSensitive": false,
             "answers": [{"text": "Paris", "fraction": 1}, {"text": "Par*", "fraction": 0.5, "feedback": "Spelling."}]}""");

    @Test
    void checksAnswers() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("{\"prompt\": \"?\", \"answers\": [{\"text\": \"\"}, {\"fraction\": 1}]}"))))
                .containsExactly("answers[0].text", "answers[1].text");
        assertThat(Json.codes(type.validate(Json.of("{\"prompt\": \"?\", \"answers\": [{\"text\": \"a\", \"fraction\": 0.5}]}"))))
                .containsExactly("no-right-answer");
    }

    @Test
    void showsOnlyThePrompt() {
        JsonNode shown = type.render(BODY, new RenderContext(1, true));
        Json.assertNoKeys(shown);
        assertThat(Json.allFieldNames(shown)).containsExactly("prompt");
    }

    @Test
    void triesAnswersInOrderWithWildcardsAndSpaces() {
        assertThat(type.grade(BODY, Json.of("{\"text\": \"  paris \"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"text\": \"Parris\"}")).fraction()).isEqualTo(0.5);
        assertThat(type.grade(BODY, Json.of("{\"text\": \"Parris\"}")).feedback()).isEqualTo("Spelling.");
        assertThat(type.grade(BODY, Json.of("{\"text\": \"Lyon\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(BODY, Json.of("{\"text\": \"   \"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"text\": 5}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void caseSensitivityAndRegexCharactersAreLiteral() {
        JsonNode sensitive = Json.of("""
                {"prompt": "?", "caseSensitive": true, "answers": [{"text": "NaCl (aq)", "fraction": 1}, {"text": "a.c*", "fraction": 0.5}]}""");
        assertThat(type.grade(sensitive, Json.of("{\"text\": \"NaCl   (aq)\"}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(sensitive, Json.of("{\"text\": \"nacl (aq)\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(sensitive, Json.of("{\"text\": \"abcd\"}")).outcome()).isEqualTo(Outcome.INCORRECT);
        assertThat(type.grade(sensitive, Json.of("{\"text\": \"a.cd\"}")).fraction()).isEqualTo(0.5);
    }

    @Test
    void limitsResponses() {
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"text\": \"" + "x".repeat(1001) + "\"}"))))
                .containsExactly("too-long");
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"text\": 5}")))).containsExactly("wrong-type");
        assertThat(type.validateResponse(BODY, Json.of("{\"text\": \"Paris\"}"))).isEmpty();
    }
}
