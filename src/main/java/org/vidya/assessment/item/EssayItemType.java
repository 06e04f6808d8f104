package org.vidya.assessment.item;

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
 * A written answer a person scores, optionally against a rubric; guidance and rubric are for
 * graders only. Response {@code {"text": "..."}} up to 50,000 characters.
 */
@Component
public class EssayItemType implements ItemType {

    private static final int MAX_WORDS = 20_000;
    private static final int MAX_CRITERIA = 20;
    private static final int MAX_LEVELS = 10;
    private static final int MAX_TITLE = 200;

    @Override
    public String id() {
        return "essay";
    }

    @Override
    public boolean autoGraded() {
        return false;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", true);
        checks.text(body, "", "guidance", false);
        Integer min = checks.whole(body, "", "minWords", 0, MAX_WORDS);
        Integer max = checks.whole(body, "", "maxWords", 1, MAX_WORDS);
        if (min != null && max != null && min > max) {
            checks.add("minWords", "out-of-range", "must not be more than maxWords");
        }
        JsonNode rubric = body.get("rubric");
        if (rubric != null && !rubric.isNull() && checks.object(rubric, "rubric")) {
            JsonNode criteria = checks.array(rubric, "rubric", "criteria", 1, MAX_CRITERIA);
            if (criteria != null) {
                Set<String> criterionIds = Checks.newIds();
                for (int i = 0; i < criteria.size(); i++) {
                    JsonNode criterion = criteria.get(i);
                    String path = Checks.at("rubric.criteria", i);
                    if (!checks.object(criterion, path)) {
                        continue;
                    }
                    checks.id(criterion, path, criterionIds);
                    checks.string(criterion, path, "title", true, MAX_TITLE);
                    JsonNode levels = checks.array(criterion, path, "levels", 1, MAX_LEVELS);
                    if (levels == null) {
                        continue;
                    }
                    Set<String> levelIds = Checks.newIds();
                    for (int j = 0; j < levels.size(); j++) {
                        JsonNode level = levels.get(j);
                        String levelPath = Checks.at(Checks.at(path, "levels"), j);
                        if (!checks.object(level, levelPath)) {
                            continue;
                        }
                        checks.id(level, levelPath, levelIds);
                        checks.string(level, levelPath, "title", true, MAX_TITLE);
                        checks.number(level, levelPath, "points", 0, 1000, null);
                    }
                }
            }
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        for (String field : List.of("minWords", "maxWords")) {
            JsonNode words = body.get(field);
            if (words != null && words.isIntegralNumber()) {
                shown.put(field, words.intValue());
            }
        }
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        return TextResponses.check(response, Checks.MAX_ESSAY_RESPONSE);
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        return TextResponses.text(response) == null ? ItemScore.unanswered() : ItemScore.pending();
    }
}
