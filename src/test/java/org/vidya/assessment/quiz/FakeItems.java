package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.TenantId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An in-memory item bank and one single-choice type, for plain tests of paper generation. */
final class FakeItems implements ItemCatalog {

    final ItemBankId bank = ItemBankId.random();
    final Map<ItemId, ItemSnapshot> items = new LinkedHashMap<>();

    /** A single-choice item of the fake bank whose right option is "r". */
    ItemSnapshot add(String prompt, Difficulty difficulty) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("prompt", prompt);
        body.put("shuffle", true);
        ArrayNode choices = body.putArray("choices");
        choices.addObject().put("id", "r").put("text", "right").put("fraction", 1);
        choices.addObject().put("id", "w").put("text", "wrong").put("fraction", 0);
        choices.addObject().put("id", "x").put("text", "worse").put("fraction", 0);
        ItemSnapshot item = new ItemSnapshot(ItemId.random(), 1, bank, null, "single-choice", body, "en", Map.of(),
                BigDecimal.ONE, BigDecimal.ZERO, difficulty, difficulty.defaultIrt(), "physics.kinematics", List.of(),
                null, TenantId.random());
        items.put(item.id(), item);
        return item;
    }

    List<ItemSnapshot> add(int count) {
        List<ItemSnapshot> added = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            added.add(add("Question " + i, i % 2 == 0 ? Difficulty.EASY : Difficulty.HARD));
        }
        return added;
    }

    @Override
    public List<ItemSnapshot> items(Collection<ItemId> ids) {
        return ids.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<ItemSnapshot> candidates(ItemBankId bank, @Nullable String concept, @Nullable Difficulty difficulty,
            @Nullable UUID category, int limit) {
        return items.values().stream().filter(i -> i.bank().equals(bank))
                .filter(i -> difficulty == null || i.difficulty() == difficulty).limit(limit).toList();
    }

    @Override
    public void recordStatistics(ItemId item, long exposures, double facility, @Nullable Double discrimination) {
    }

    ObjectProvider<ItemCatalog> provider() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("catalog", this));
        return beans.getBeanProvider(ItemCatalog.class);
    }

    static ItemTypes types() {
        return new ItemTypes(List.of(new SingleChoice()));
    }

    /** Renders choices without their fractions, shuffled by the seed when allowed. */
    static final class SingleChoice implements ItemType {

        @Override
        public String id() {
            return "single-choice";
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
            ObjectNode rendered = Json.MAPPER.createObjectNode();
            rendered.put("prompt", body.path("prompt").asString());
            List<ObjectNode> choices = new ArrayList<>();
            body.path("choices").forEach(c -> choices.add(Json.MAPPER.createObjectNode()
                    .put("id", c.path("id").asString()).put("text", c.path("text").asString())));
            if (context.shuffleOptions()) {
                java.util.Collections.shuffle(choices, new Random(context.seed()));
            }
            choices.forEach(rendered.putArray("choices")::add);
            return rendered;
        }

        @Override
        public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
            String choice = response.path("choice").asString("");
            for (JsonNode c : body.path("choices")) {
                if (c.path("id").asString().equals(choice)) {
                    return List.of();
                }
            }
            return List.of(new FieldViolation("choice", "unknown-choice", "not an option of this item"));
        }

        @Override
        public ItemScore grade(JsonNode body, JsonNode response) {
            return ItemScore.of("r".equals(response.path("choice").asString("")) ? 1 : 0, null);
        }
    }
}
