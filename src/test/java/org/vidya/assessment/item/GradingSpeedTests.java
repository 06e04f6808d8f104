package org.vidya.assessment.item;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.Outcome;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grading runs for every item of every submitted paper (75 items, many papers at the deadline):
 * it reads the nodes it needs and builds nothing per call. The bound here is loose on purpose,
 * two orders of magnitude above what it takes, so that only a real slowdown fails it.
 */
class GradingSpeedTests {

    final ItemTypes types = Json.allTypes();

    record Graded(String type, JsonNode body, JsonNode response) {
    }

    @Test
    void gradesAHundredPapersOfSeventyFiveItemsQuickly() {
        List<Graded> paper = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            paper.add(new Graded("single-choice", SingleChoiceItemTypeTests.BODY, Json.of("{\"choice\": \"m4\"}")));
            paper.add(new Graded("numeric", NumericItemTypeTests.BODY, Json.of("{\"value\": \"981\", \"unit\": \"cm/s^2\"}")));
            paper.add(new Graded("short-text", ShortTextItemTypeTests.BODY, Json.of("{\"text\": \"  Parris \"}")));
            paper.add(new Graded("multiple-response", MultipleResponseItemTypeTests.BODY,
                    Json.of("{\"choices\": [\"a1\", \"c3\"]}")));
            paper.add(new Graded("cloze", ClozeItemTypeTests.BODY,
                    Json.of("{\"gaps\": {\"g1\": {\"value\": \"100\"}, \"g2\": {\"choice\": \"h1\"}, \"g3\": {\"text\": \"water\"}}}")));
        }
        long started = System.nanoTime();
        int right = 0;
        for (int attempt = 0; attempt < 100; attempt++) {
            for (Graded item : paper) {
                if (types.get(item.type()).grade(item.body(), item.response()).outcome() == Outcome.CORRECT) {
                    right++;
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(right).isEqualTo(100 * 30);
        assertThat(millis).as("7,500 gradings").isLessThan(5_000);
    }
}
