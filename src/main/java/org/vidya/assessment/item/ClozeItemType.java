package org.vidya.assessment.item;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.text.Markdown;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A text with gaps marked {@code {{id}}}, each a short-text, numeric or single-choice body without
 * a prompt. The fraction is the weighted mean of the gaps'. Response
 * {@code {"gaps": {"g1": {"value": "100"}, "g2": {"choice": "h1"}}}}.
 */
@Component
public class ClozeItemType implements ItemType {

    private static final Pattern MARKER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]{1,64})}}");
    private static final Pattern GAP_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    // The sanitizer breaks "{{" apart so that no client-side template reads it; the gaps' own
    // markers are put back together (this platform's pages do not evaluate such templates).
    private static final String BROKEN_MARKER = "{<!-- -->{";

    private final Map<String, GapType> gapTypes = new LinkedHashMap<>();

    public ClozeItemType(SingleChoiceItemType singleChoice, NumericItemType numeric, ShortTextItemType shortText) {
        for (GapType type : List.of(shortText, numeric, singleChoice)) {
            gapTypes.put(type.id(), type);
        }
    }

    @Override
    public String id() {
        return "cloze";
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
        String text = checks.text(body, "", "text", true);
        JsonNode gaps = checks.array(body, "", "gaps", 1, Checks.MAX_GAPS);
        if (gaps == null) {
            return checks.list();
        }
        Set<String> ids = Checks.newIds();
        for (int i = 0; i < gaps.size(); i++) {
            JsonNode gap = gaps.get(i);
            String path = Checks.at("gaps", i);
            if (!checks.object(gap, path)) {
                continue;
            }
            String id = checks.id(gap, path, ids);
            if (id != null && !GAP_ID.matcher(id).matches()) {
                checks.add(Checks.at(path, "id"), "invalid-id", "a gap id may have only letters, digits and '-'");
            }
            checks.number(gap, path, "weight", 0.001, 1000, 1.0);
            String type = checks.string(gap, path, "type", true, 40);
            GapType gapType = type == null ? null : gapTypes.get(type);
            if (type != null && gapType == null) {
                checks.add(Checks.at(path, "type"), "unknown-value", "must be short-text, numeric or single-choice");
            }
            JsonNode gapBody = gap.get("body");
            if (checks.object(gapBody, Checks.at(path, "body")) && gapType != null) {
                checks.addAll(Checks.at(path, "body"), gapType.validateGap(gapBody));
            }
            if (id != null && text != null) {
                int uses = count(text, id);
                if (uses == 0) {
                    checks.add(Checks.at(path, "id"), "gap-not-in-text", "the text has no {{" + id + "}}");
                } else if (uses > 1) {
                    checks.add(Checks.at(path, "id"), "gap-used-twice", "the text has {{" + id + "}} more than once");
                }
            }
        }
        if (text != null) {
            Matcher markers = MARKER.matcher(text);
            while (markers.find()) {
                if (!ids.contains(markers.group(1))) {
                    checks.add("text", "unknown-gap", "{{" + markers.group(1) + "}} is not a gap");
                }
            }
        }
        return checks.list();
    }

    private static int count(String text, String id) {
        String marker = "{{" + id + "}}";
        int uses = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + marker.length())) {
            uses++;
        }
        return uses;
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        String html = Markdown.render(body.path("text").asString(""));
        ArrayNode gaps = Rendering.NODES.arrayNode();
        for (JsonNode gap : body.path("gaps")) {
            String id = gap.path("id").asString("");
            String type = gap.path("type").asString("");
            html = html.replace(BROKEN_MARKER + id + "}}", "{{" + id + "}}");
            GapType gapType = gapTypes.get(type);
            ObjectNode shownGap = gaps.addObject();
            shownGap.put("id", id);
            shownGap.put("type", type);
            ObjectNode gapBody = gapType == null ? Rendering.object() : gapType.render(gap.path("body"), context);
            gapBody.remove("prompt");
            shownGap.set("body", gapBody);
        }
        ObjectNode shown = Rendering.object();
        shown.put("text", html);
        shown.set("gaps", gaps);
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        JsonNode answers = checks.responseObject(response, "gaps");
        if (answers == null) {
            return checks.list();
        }
        Map<String, JsonNode> gaps = new HashMap<>();
        for (JsonNode gap : body.path("gaps")) {
            gaps.put(gap.path("id").asString(""), gap);
        }
        for (Map.Entry<String, JsonNode> answer : answers.properties()) {
            String path = "gaps." + answer.getKey();
            JsonNode gap = gaps.get(answer.getKey());
            GapType type = gap == null ? null : gapTypes.get(gap.path("type").asString(""));
            if (type == null) {
                checks.add(path, "unknown-gap", "is not a gap of this item");
            } else {
                checks.addAll(path, type.validateResponse(gap.path("body"), answer.getValue()));
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode answers = response.get("gaps");
        if (answers == null || !answers.isObject()) {
            return ItemScore.unanswered();
        }
        WeightedMean mean = new WeightedMean();
        for (JsonNode gap : body.path("gaps")) {
            GapType type = gapTypes.get(gap.path("type").asString(""));
            JsonNode answer = answers.get(gap.path("id").asString(""));
            mean.add(gap.path("weight").asDouble(1),
                    type == null || answer == null ? null : type.grade(gap.path("body"), answer));
        }
        return mean.answered() ? ItemScore.of(mean.fraction(), null) : ItemScore.unanswered();
    }
}
