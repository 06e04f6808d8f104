package org.vidya.assessment.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class CaseStageLockTests {

    // p1 in stage 1, p2 in stage 2, p3 in stage 3
    static final Map<String, Integer> STAGES = Map.of("p1", 1, "p2", 2, "p3", 3);

    @Test
    void answersOfTheCurrentStageMayChange() {
        JsonNode stored = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"a\"},\"p2\":{\"text\":\"first\"}}}");
        JsonNode next = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"a\"},\"p2\":{\"text\":\"second\"}}}");
        assertThat(AnswerWriter.stageLocked(STAGES, stored, next)).isFalse();
    }

    @Test
    void movingOnKeepsEarlierStagesAsTheyWere() {
        JsonNode stored = json("{\"stage\":1,\"parts\":{\"p1\":{\"choice\":\"a\"}}}");
        JsonNode next = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"b\"},\"p2\":{\"text\":\"x\"}}}");
        // Stage 1 was still open in what is stored, so this save may change p1 as it moves on.
        assertThat(AnswerWriter.stageLocked(STAGES, stored, next)).isFalse();
    }

    @Test
    void answersOfAnEarlierStageAreLocked() {
        JsonNode stored = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"a\"}}}");
        JsonNode changed = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"b\"}}}");
        JsonNode dropped = json("{\"stage\":2,\"parts\":{}}");
        assertThat(AnswerWriter.stageLocked(STAGES, stored, changed)).isTrue();
        assertThat(AnswerWriter.stageLocked(STAGES, stored, dropped)).isTrue();
    }

    @Test
    void goingBackAStageOrClearingIsLocked() {
        JsonNode stored = json("{\"stage\":3,\"parts\":{\"p1\":{\"choice\":\"a\"},\"p2\":{\"text\":\"x\"}}}");
        JsonNode back = json("{\"stage\":2,\"parts\":{\"p1\":{\"choice\":\"a\"},\"p2\":{\"text\":\"x\"}}}");
        assertThat(AnswerWriter.stageLocked(STAGES, stored, back)).isTrue();
        assertThat(AnswerWriter.stageLocked(STAGES, stored, null)).isTrue();
        assertThat(AnswerWriter.stageLocked(STAGES, json("{\"stage\":1,\"parts\":{}}"), null)).isFalse();
    }

    private static JsonNode json(String text) {
        return Json.read(text);
    }
}
