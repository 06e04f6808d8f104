package org.vidya.assessment.item;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OrderingItemTypeTests {

    final OrderingItemType type = new OrderingItemType();

    static final JsonNode BODY = Json.of("""
            {"prompt": "Order the steps of mitosis.", "grading": "partial",
             "items": [{"id": "x4", "text": "Prophase"}, {"id": "m1", "text": "Metaphase"},
                       {"id": "q7", "text": "Anaphase"}, {"id": "t2", "text": "Telophase"}]}""");

    static final JsonNode TWO = Json.of("""
            {"prompt": "Which comes first?", "items": [{"id": "a", "text": "Dawn"}, {"id": "b", "text": "Dusk"}]}""");

    @Test
    void checksItemsAndGrading() {
        assertThat(type.validate(BODY)).isEmpty();
        assertThat(Json.fields(type.validate(Json.of("""
                {"prompt": "?", "grading": "some", "items": [{"id": "a", "text": "x"}, {"id": "a", "text": ""}]}"""))))
                .containsExactly("grading", "items[1].id", "items[1].text");
        assertThat(Json.codes(type.validate(Json.of("{\"prompt\": \"?\", \"items\": [{\"id\": \"a\", \"text\": \"x\"}]}"))))
                .containsExactly("too-few");
    }

    @Test
    void isNeverShownInTheRightOrder() {
        for (long seed = 0; seed < 200; seed++) {
            JsonNode shown = type.render(TWO, new RenderContext(seed, false));
            Json.assertNoKeys(shown);
            assertThat(shown.get("items").findValuesAsString("id")).containsExactly("b", "a");
            assertThat(type.render(BODY, new RenderContext(seed, false)).get("items").findValuesAsString("id"))
                    .containsExactlyInAnyOrder("x4", "m1", "q7", "t2").isNotEqualTo(List.of("x4", "m1", "q7", "t2"));
        }
        assertThat(Json.bytes(type.render(BODY, new RenderContext(5, true))))
                .isEqualTo(Json.bytes(type.render(BODY, new RenderContext(5, true))));
    }

    @Test
    void gradesPartiallyOrAllOrNothing() {
        assertThat(type.grade(BODY, Json.of("{\"order\": [\"x4\", \"m1\", \"q7\", \"t2\"]}")).outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(type.grade(BODY, Json.of("{\"order\": [\"x4\", \"m1\", \"t2\", \"q7\"]}")).fraction()).isEqualTo(0.5);
        JsonNode strict = ((tools.jackson.databind.node.ObjectNode) BODY.deepCopy()).put("grading", "all-or-nothing");
        assertThat(type.grade(strict, Json.of("{\"order\": [\"x4\", \"m1\", \"t2\", \"q7\"]}")).fraction()).isZero();
        assertThat(type.grade(strict, Json.of("{\"order\": [\"x4\", \"m1\", \"q7\", \"t2\"]}")).fraction()).isEqualTo(1);
        assertThat(type.grade(BODY, Json.of("{\"order\": []}")).outcome()).isEqualTo(Outcome.UNANSWERED);
        assertThat(type.grade(BODY, Json.of("{\"order\": \"x4\"}")).outcome()).isEqualTo(Outcome.UNANSWERED);
    }

    @Test
    void aResponseListsEveryItemOnce() {
        assertThat(type.validateResponse(BODY, Json.of("{\"order\": [\"t2\", \"m1\", \"q7\", \"x4\"]}"))).isEmpty();
        assertThat(Json.codes(type.validateResponse(BODY, Json.of("{\"order\": [\"t2\", \"m1\"]}")))).containsExactly("incomplete");
        assertThat(Json.fields(type.validateResponse(BODY, Json.of("{\"order\": [\"t2\", \"t2\", \"zz\", \"x4\"]}"))))
                .containsExactly("order[1]", "order[2]");
    }
}
