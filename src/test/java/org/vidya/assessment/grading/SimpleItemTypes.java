package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.vidya.assessment.ItemId;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small item types for plain tests of grading: choice items scored by the chosen options'
 * fractions, and essays left for a person, as docs/item-format.md describes them.
 */
public final class SimpleItemTypes {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private SimpleItemTypes() {
    }

    public static Function<String, Optional<ItemType>> lookup() {
        Map<String, ItemType> types = Map.of("single-choice", new Choice("single-choice"), "multiple-response",
                new Choice("multiple-response"), "essay", new Essay("essay"));
        return id -> Optional.ofNullable(types.get(id));
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** A single-choice body with a right option "r" and wrong ones "w1", "w2". */
    public static JsonNode choiceBody() {
        return json("""
                {"prompt":"Which?","choices":[{"id":"r","text":"right","fraction":1,"feedback":"Yes."},
                {"id":"w1","text":"wrong","fraction":0},{"id":"w2","text":"worse","fraction":-0.5}]}""");
    }

    /** Multiple response: "a" and "b" half each, "c" minus a half. */
    public static JsonNode multipleBody() {
        return json("""
                {"prompt":"Pick","choices":[{"id":"a","text":"a","fraction":0.5},{"id":"b","text":"b","fraction":0.5},
                {"id":"c","text":"c","fraction":-0.5}]}""");
    }

    public static AttemptKey.Slot slot(String slot, int section, String type, JsonNode body, String marks,
            String negative, String concept) {
        return new AttemptKey.Slot(slot, section, ItemId.random(), 1, type, body, new BigDecimal(marks),
                new BigDecimal(negative), concept, List.of(concept + ".secondary"), "medium");
    }

    public static AttemptKey key(MarkingScheme scheme, AttemptKey.Slot... slots) {
        return new AttemptKey(List.of(new AttemptKey.Section("Physics", null, scheme)), List.of(slots));
    }

    public static SavedAnswer answer(String slot, String response) {
        return new SavedAnswer(slot, json(response), 1000, false, java.time.Instant.EPOCH);
    }

    public static final class Choice implements ItemType {
        private final String id;

        public Choice(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean autoGraded() {
            return true;
        }

        @Override
        public List<FieldViolation> validate(JsonNode body) {
            return List.of();
        }

        @Override
        public ObjectNode render(JsonNode body, RenderContext context) {
            return JSON.createObjectNode();
        }

        @Override
        public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
            return List.of();
        }

        @Override
        public ItemScore grade(JsonNode body, JsonNode response) {
            List<String> chosen = new ArrayList<>();
            if (response.has("choice")) {
                chosen.add(response.get("choice").asString());
            }
            if (response.has("choices")) {
                response.get("choices").forEach(c -> chosen.add(c.asString()));
            }
            if (chosen.isEmpty()) {
                return ItemScore.unanswered();
            }
            double fraction = 0;
            String feedback = null;
            for (JsonNode choice : body.get("choices")) {
                if (chosen.contains(choice.get("id").asString())) {
                    fraction += choice.get("fraction").asDouble();
                    if (choice.has("feedback")) {
                        feedback = choice.get("feedback").asString();
                    }
                }
            }
            return ItemScore.of(Math.max(-1, Math.min(1, fraction)), feedback);
        }
    }

    public static final class Essay implements ItemType {
        private final String id;

        public Essay(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public boolean autoGraded() {
            return false;
        }

        @Override
        public List<FieldViolation> validate(JsonNode body) {
            return List.of();
        }

        @Override
        public ObjectNode render(JsonNode body, RenderContext context) {
            return JSON.createObjectNode();
        }

        @Override
        public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
            return List.of();
        }

        @Override
        public ItemScore grade(JsonNode body, JsonNode response) {
            return response.path("text").asString("").isBlank() ? ItemScore.unanswered() : ItemScore.pending();
        }
    }
}
