package org.vidya.assessment.item;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CaseItemTypeTests {

    final ItemType type = Json.allTypes().get("case");

    static final JsonNode OBJECTIVE = Json.of("""
            {"prompt": "A 54-year-old presents with crushing chest pain for 40 minutes.",
             "stages": [{"id": "st1", "title": "History", "text": "He smokes and has diabetes.",
                         "parts": [{"id": "p1", "type": "single-choice", "weight": 1,
                                    "body": {"prompt": "Most likely diagnosis?",
                                             "choices": [{"id": "c1", "text": "Myocardial infarction", "fraction": 1},
                                                         {"id": "c2", "text": "Gastritis", "fraction": 0}]}}]},
                        {"id": "st2", "title": "Investigations", "text": "The ECG shows ST elevation in II, III, aVF.",
                         "parts": [{"id": "p2", "type": "true-false", "weight": 3,
                                    "body": {"prompt": "This is an inferior infarct.", "answer": true}},
                                   {"id": "p3", "type": "ordering", "weight": 1,
                                    "body": {"prompt": "Order the first steps.",
                                             "items": [{"id": "i1", "text": "Aspirin"}, {"id": "i2", "text": "Angiography"}]}}]}]}""");

    static final JsonNode WITH_ESSAY = Json.of("""
            {"prompt": "A tenant stops paying rent after a flood.",
             "stages": [{"id": "st1", "title": "Facts", "text": "...",
                         "parts": [{"id": "p1", "type": "true-false", "weight": 1, "body": {"prompt": "The lease is void.", "answer": false}}]},
                        {"id": "st2", "title": "Advice", "text": "...",
                         "parts": [{"id": "p2", "type": "essay", "weight": 2, "body": {"prompt": "Advise the landlord.",
                                    "rubric": {"criteria": [{"id": "c1", "title": "Issue", "levels": [{"id": "l1", "title": "ok", "points": 1}]}]}}}]}]}""");

    @Test
    void partsAreItemsOfAnyOtherType() {
        assertThat(type.validate(OBJECTIVE)).isEmpty();
        assertThat(type.validate(WITH_ESSAY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "stages": [{"id": "s", "parts": [
                    {"id": "p1", "type": "case", "body": {}},
                    {"id": "p1", "type": "true-false", "body": {"prompt": "x"}}]}]}"""))))
                .containsExactly("stages[0].parts[0].type", "stages[0].parts[1].id", "stages[0].parts[1].body.answer");
        assertThat(Json.codes(type.validate(Json.of("{\"prompt\": \"?\", \"stages\": []}")))).containsExactly("too-few");
    }

    @Test
    void rendersEveryPartByItsTypeWithoutKeys() {
        JsonNode shown = type.render(WITH_ESSAY, new RenderContext(4, true));
        Json.assertNoKeys(shown);
        shown = type.render(OBJECTIVE, new RenderContext(4, true));
        Json.assertNoKeys(shown);
        assertThat(shown.get("stages").findValuesAsString("title")).containsExactly("History", "Investigations");
        JsonNode ordering = shown.get("stages").get(1).get("parts").get(1).get("body");
        assertThat(ordering.get("items").findValuesAsString("id")).containsExactly("i2", "i1");
        assertThat(Json.bytes(type.render(OBJECTIVE, new RenderContext(4, true)))).isEqualTo(Json.bytes(shown));
    }

    @Test
    void takesTheWeightedMeanOfTheParts() {
        assertThat(type.grade(OBJECTIVE, Json.of("""
                {"stage": 2, "parts": {"p1": {"choice": "c1"}, "p2": {"value": true}, "p3": {"order": ["i1", "i2"]}}}"""))
                .outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(OBJECTIVE, Json.of("{\"stage\": 2, \"parts\": {\"p1\": {\"choice\": \"c2\"}, \"p2\": {\"value\": true}}}"))
                .fraction()).isEqualTo(0.6);
        assertThat(type.grade(OBJECTIVE, Json.of("{\"stage\": 1, \"parts\": {}}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void aCaseWithAnEssayWaitsForAPerson() {
        var score = type.grade(WITH_ESSAY, Json.of("{\"stage\": 2, \"parts\": {\"p1\": {\"value\": false}, \"p2\": {\"text\": \"Frustration...\"}}}"));
        assertThat(score.outcome()).isEqualTo(Outcome.PENDING);
        assertThat(score.fraction()).isEqualTo(1.0 / 3);
        assertThat(type.grade(WITH_ESSAY, Json.of("{\"stage\": 1, \"parts\": {\"p1\": {\"value\": false}}}")).outcome())
                .isEqualTo(Outcome.PENDING);
        assertThat(type.grade(WITH_ESSAY, Json.of("{}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void refusesPartsOfUnrevealedStagesAndWrongShapes() {
        assertThat(Json.fields(type.validateResponse(OBJECTIVE, Json.of("""
                {"stage": 1, "parts": {"p1": {"choice": "zz"}, "p2": {"value": true}, "p9": {}}}"""))))
                .containsExactly("parts.p1.choice", "parts.p2", "parts.p9");
        assertThat(Json.codes(type.validateResponse(OBJECTIVE, Json.of("{\"stage\": 3}")))).containsExactly("out-of-range");
        assertThat(type.validateResponse(OBJECTIVE, Json.of("{\"stage\": 2, \"parts\": {\"p2\": {\"value\": true}}}"))).isEmpty();
    }
}
