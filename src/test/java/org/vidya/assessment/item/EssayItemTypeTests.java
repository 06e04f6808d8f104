package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class EssayItemTypeTests {

    final EssayItemType type = new EssayItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Discuss the doctrine of frustration.", "minWords": 150, "maxWords": 600,
             "guidance": "What a good answer covers (graders only).",
             "rubric": {"criteria": [{"id": "c1", "title": "Issue",
                                      "levels": [{"id": "l1", "title": "Missing", "points": 0},
                                                 {"id": "l2", "title": "Clear", "points": 2}]}]}}""");

    @Test
    void checksWordLimitsAndTheRubric() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(type.validate(Json.of("{\"prompt\": \"Write.\"}"))).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "minWords": 700, "maxWords": 600,
                 "rubric": {"criteria": [{"id": "c1", "title": "", "levels": [{"id": "l1", "title": "x", "points": -1}]}]}}"""))))
                .containsExactly("minWords", "rubric.criteria[0].title", "rubric.criteria[0].levels[0].points");
        assertThat(Json.fields(type.validate(Json.of("{\"prompt\": \"?\", \"minWords\": 1.5}")))).containsExactly("minWords");
    }

    @Test
    void showsThePromptAndWordLimitsButNoGuidanceOrRubric() {
        JsonNode shown = type.render(BODY, new RenderContext(1, true));
        Json.assertNoKeys(shown);
        assertThat(Json.allFieldNames(shown)).containsExactly("prompt", "minWords", "maxWords");
        assertThat(shown.get("minWords").intValue()).isEqualTo(150);
    }

    @Test
    void waitsForAPerson() {
        assertThat(type.autoGraded()).isFalse();
        assertThat(type.grade(BODY, Json.of("{\"text\": \"Frustration ends a contract...\"}")).outcome())
                .isEqualTo(Outcome.PENDING);
        assertThat(type.grade(BODY, Json.of("{\"text\": \" \"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"text\": \"" + "w".repeat(50_001) + "\"}"))))
                .containsExactly("too-long");
        assertThat(type.validateResponse(BODY, Json.of("{\"text\": \"" + "w".repeat(50_000) + "\"}"))).isEmpty();
    }
}
