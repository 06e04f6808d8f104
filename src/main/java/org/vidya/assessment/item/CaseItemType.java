package org.vidya.assessment.item;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.Outcome;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A staged case (a clinical vignette, a legal fact pattern): stages revealed one after the other,
 * each with parts that are items of any other type. The fraction is the weighted mean of the
 * parts'. A case with a part a person scores (an essay) is {@link Outcome#PENDING} once answered,
 * its fraction then counting only the automatically scored parts until the person's score comes.
 * Response {@code {"stage": 2, "parts": {"p1": {"choice": "c2"}, "p2": {"text": "..."}}}}.
 */
@Component
public class CaseItemType implements ItemType {

    private static final int MAX_TITLE = 200;

    private final Function<String, Optional<ItemType>> types;

    // The other types are looked up when first needed: ItemTypes holds this bean too.
    @Autowired
    public CaseItemType(ObjectProvider<ItemTypes> types) {
        this(new Function<>() {
            private volatile @Nullable ItemTypes resolved;

            @Override
            public Optional<ItemType> apply(String id) {
                ItemTypes all = resolved;
                if (all == null) {
                    all = types.getObject();
                    resolved = all;
                }
                return all.find(id);
            }
        });
    }

    CaseItemType(Function<String, Optional<ItemType>> types) {
        this.types = types;
    }

    @Override
    public String id() {
        return "case";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    private @Nullable ItemType partType(String id) {
        return id.equals(id()) ? null : types.apply(id).orElse(null);
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", true);
        JsonNode stages = checks.array(body, "", "stages", 1, Checks.MAX_STAGES);
        if (stages == null) {
            return checks.list();
        }
        Set<String> stageIds = Checks.newIds();
        Set<String> partIds = Checks.newIds();
        for (int i = 0; i < stages.size(); i++) {
            JsonNode stage = stages.get(i);
            String path = Checks.at("stages", i);
            if (!checks.object(stage, path)) {
                continue;
            }
            checks.id(stage, path, stageIds);
            checks.string(stage, path, "title", false, MAX_TITLE);
            checks.text(stage, path, "text", false);
            JsonNode parts = checks.array(stage, path, "parts", 1, Checks.MAX_PARTS);
            if (parts == null) {
                continue;
            }
            for (int j = 0; j < parts.size(); j++) {
                JsonNode part = parts.get(j);
                String partPath = Checks.at(Checks.at(path, "parts"), j);
                if (!checks.object(part, partPath)) {
                    continue;
                }
                checks.id(part, partPath, partIds);
                checks.number(part, partPath, "weight", 0.001, 1000, 1.0);
                String type = checks.string(part, partPath, "type", true, 40);
                ItemType partType = type == null ? null : partType(type);
                if (type != null && partType == null) {
                    checks.add(Checks.at(partPath, "type"), "unknown-value",
                            "must be an item type other than case");
                }
                JsonNode partBody = part.get("body");
                if (checks.object(partBody, Checks.at(partPath, "body")) && partType != null) {
                    checks.addAll(Checks.at(partPath, "body"), partType.validate(partBody));
                }
            }
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        ArrayNode stages = shown.putArray("stages");
        for (JsonNode stage : body.path("stages")) {
            ObjectNode shownStage = stages.addObject();
            shownStage.put("id", stage.path("id").asString(""));
            shownStage.put("title", stage.path("title").asString(""));
            shownStage.put("text", Rendering.html(stage.get("text")));
            ArrayNode parts = shownStage.putArray("parts");
            for (JsonNode part : stage.path("parts")) {
                String type = part.path("type").asString("");
                ItemType partType = partType(type);
                ObjectNode shownPart = parts.addObject();
                shownPart.put("id", part.path("id").asString(""));
                shownPart.put("type", type);
                shownPart.set("body", partType == null ? Rendering.object() : partType.render(part.path("body"), context));
            }
        }
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        if (!checks.object(response, "")) {
            return checks.list();
        }
        JsonNode stages = body.path("stages");
        int revealed = 1;
        JsonNode stage = response.get("stage");
        if (stage != null && !stage.isNull()) {
            if (!stage.isIntegralNumber() || !stage.canConvertToInt() || stage.intValue() < 1
                    || stage.intValue() > stages.size()) {
                checks.add("stage", "out-of-range", "must be between 1 and " + stages.size());
                return checks.list();
            }
            revealed = stage.intValue();
        }
        JsonNode answers = checks.responseObject(response, "parts");
        if (answers == null) {
            return checks.list();
        }
        Map<String, JsonNode> parts = new HashMap<>();
        Map<String, Integer> stageOf = new HashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            for (JsonNode part : stages.get(i).path("parts")) {
                String id = part.path("id").asString("");
                parts.put(id, part);
                stageOf.put(id, i + 1);
            }
        }
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            String path = "parts." + answer.getKey();
            JsonNode part = parts.get(answer.getKey());
            ItemType type = part == null ? null : partType(part.path("type").asString(""));
            if (type == null) {
                checks.add(path, "unknown-part", "is not a part of this case");
            } else if (stageOf.get(answer.getKey()) > revealed && !Checks.absent(answer.getValue())) {
                checks.add(path, "stage-not-revealed", "belongs to a stage not yet revealed");
            } else {
                checks.addAll(path, type.validateResponse(part.path("body"), answer.getValue()));
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode answers = response.get("parts");
        if (answers == null || !answers.isObject()) {
            return ItemScore.unanswered();
        }
        WeightedMean mean = new WeightedMean();
        boolean byPerson = false;
        for (JsonNode stage : body.path("stages")) {
            for (JsonNode part : stage.path("parts")) {
                ItemType type = partType(part.path("type").asString(""));
                byPerson |= type != null && !type.autoGraded();
                JsonNode answer = answers.get(part.path("id").asString(""));
                mean.add(part.path("weight").asDouble(1),
                        type == null || answer == null ? null : type.grade(part.path("body"), answer));
            }
        }
        if (!mean.answered()) {
            return ItemScore.unanswered();
        }
        double fraction = mean.fraction();
        return byPerson ? new ItemScore(fraction, Outcome.PENDING, null) : ItemScore.of(fraction, null);
    }
}
