package org.vidya.assessment.item;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stems matched to options; options may outnumber stems. The fraction is the share of stems
 * matched right. Options are always shown shuffled, stems when the body and the test allow it.
 * Response {@code {"matches": {"s1": "o2"}}} (stems may be left out).
 */
@Component
public class MatchingItemType implements ItemType {

    @Override
    public String id() {
        return "matching";
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
        checks.bool(body, "", "shuffle", true);
        Set<String> ids = Checks.newIds();
        JsonNode options = checks.array(body, "", "options", 2, Checks.MAX_STEMS);
        Set<String> optionIds = new HashSet<>();
        if (options != null) {
            for (int i = 0; i < options.size(); i++) {
                JsonNode option = options.get(i);
                String path = Checks.at("options", i);
                if (checks.object(option, path)) {
                    String id = checks.id(option, path, ids);
                    if (id != null) {
                        optionIds.add(id);
                    }
                    checks.text(option, path, "text", true);
                }
            }
        }
        JsonNode stems = checks.array(body, "", "stems", 1, Checks.MAX_STEMS);
        if (stems != null) {
            for (int i = 0; i < stems.size(); i++) {
                JsonNode stem = stems.get(i);
                String path = Checks.at("stems", i);
                if (!checks.object(stem, path)) {
                    continue;
                }
                checks.id(stem, path, ids);
                checks.text(stem, path, "text", true);
                String match = checks.string(stem, path, "match", true, 64);
                if (match != null && options != null && !optionIds.contains(match)) {
                    checks.add(Checks.at(path, "match"), "unknown-option", "is not an option of this item");
                }
            }
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        var stems = Rendering.list(body.get("stems"));
        boolean shuffleStems = context.shuffleOptions() && body.path("shuffle").asBoolean(true);
        shown.set("stems", Rendering.idsAndTexts(shuffleStems ? Rendering.shuffled(stems, ~context.seed()) : stems));
        shown.set("options", Rendering.idsAndTexts(Rendering.shuffled(Rendering.list(body.get("options")),
                context.seed())));
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        JsonNode matches = checks.responseObject(response, "matches");
        if (matches == null) {
            return checks.list();
        }
        Set<String> stems = ids(body.path("stems"));
        Set<String> options = ids(body.path("options"));
        for (Map.Entry<String, JsonNode> match : matches.properties()) {
            String path = "matches." + match.getKey();
            if (!stems.contains(match.getKey())) {
                checks.add(path, "unknown-stem", "is not a stem of this item");
            } else if (!match.getValue().isNull()
                    && (!match.getValue().isString() || !options.contains(match.getValue().stringValue()))) {
                checks.add(path, "unknown-option", "is not an option of this item");
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        JsonNode matches = response.get("matches");
        if (matches == null || !matches.isObject()) {
            return ItemScore.unanswered();
        }
        int stems = 0;
        int right = 0;
        int answered = 0;
        for (JsonNode stem : body.path("stems")) {
            stems++;
            JsonNode given = matches.get(stem.path("id").asString(""));
            if (given != null && given.isString()) {
                answered++;
                if (given.stringValue().equals(stem.path("match").asString(null))) {
                    right++;
                }
            }
        }
        if (answered == 0 || stems == 0) {
            return ItemScore.unanswered();
        }
        return ItemScore.of((double) right / stems, null);
    }

    private static Set<String> ids(JsonNode list) {
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : list) {
            ids.add(entry.path("id").asString(""));
        }
        return ids;
    }
}
