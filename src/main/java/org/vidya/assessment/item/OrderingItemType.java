package org.vidya.assessment.item;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Items to put in order; the body lists them in the right order. Always shown shuffled, and
 * never in the right order. Graded all-or-nothing, or partially by items in their right place.
 * Response {@code {"order": ["x4", "m1", "q7"]}}: every item once.
 */
@Component
public class OrderingItemType implements ItemType {

    private static final Set<String> GRADINGS = Set.of("all-or-nothing", "partial");

    @Override
    public String id() {
        return "ordering";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", true);
        String grading = checks.string(body, "", "grading", false, 20);
        if (grading != null && !GRADINGS.contains(grading)) {
            checks.add("grading", "unknown-value", "must be all-or-nothing or partial");
        }
        JsonNode items = checks.array(body, "", "items", 2, Checks.MAX_ORDER_ITEMS);
        if (items != null) {
            Set<String> ids = Checks.newIds();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                String path = Checks.at("items", i);
                if (checks.object(item, path)) {
                    checks.id(item, path, ids);
                    checks.text(item, path, "text", true);
                }
            }
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        List<JsonNode> items = Rendering.list(body.get("items"));
        List<JsonNode> order = Rendering.shuffled(items, context.seed());
        if (items.size() > 1 && order.equals(items)) {
            // A shuffle that left the key in place: move the first item to the end, which is never the key.
            order = new ArrayList<>(order.subList(1, order.size()));
            order.add(items.get(0));
        }
        shown.set("items", Rendering.idsAndTexts(order));
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
        JsonNode order = response.get("order");
        if (order == null || order.isNull()) {
            return List.of();
        }
        if (!order.isArray()) {
            checks.add("order", "wrong-type", "must be a list of item ids");
            return checks.list();
        }
        if (order.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>();
        for (JsonNode item : body.path("items")) {
            known.add(item.path("id").asString(""));
        }
        if (order.size() != known.size()) {
            checks.add("order", "incomplete", "must list every item once");
            return checks.list();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < order.size(); i++) {
            JsonNode id = order.get(i);
            String path = Checks.at("order", i);
            if (!id.isString() || !known.contains(id.stringValue())) {
                checks.add(path, "unknown-item", "is not an item of this question");
            } else if (!seen.add(id.stringValue())) {
                checks.add(path, "duplicate", "is listed twice");
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode order = response.get("order");
        JsonNode items = body.path("items");
        if (order == null || !order.isArray() || order.isEmpty() || items.isEmpty()) {
            return ItemScore.unanswered();
        }
        int right = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode given = order.get(i);
            if (given != null && given.isString() && given.stringValue().equals(items.get(i).path("id").asString(null))) {
                right++;
            }
        }
        if ("partial".equals(body.path("grading").asString(""))) {
            return ItemScore.of((double) right / items.size(), null);
        }
        return ItemScore.of(right == items.size() && order.size() == items.size() ? 1 : 0, null);
    }
}
