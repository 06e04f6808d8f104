package org.vidya.assessment.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.spi.ItemType;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Test bodies from JSON text, and the checks every type's tests share. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Fields a rendering must never carry. */
    static final Set<String> KEY_FIELDS = Set.of("fraction", "feedback", "feedbackTrue", "feedbackFalse", "answer",
            "answers", "match", "guidance", "rubric", "explanation", "weight", "tolerance", "multiplier", "grading");

    private Json() {
    }

    static JsonNode of(String json) {
        return MAPPER.readTree(json);
    }

    static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    static List<String> codes(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::code).toList();
    }

    /** Every field name anywhere in a tree. */
    static List<String> allFieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                names.add(field.getKey());
                collect(field.getValue(), names);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, names);
            }
        }
    }

    static void assertNoKeys(JsonNode rendered) {
        assertThat(allFieldNames(rendered)).doesNotContainAnyElementsOf(KEY_FIELDS);
    }

    static String bytes(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** All ten types wired as Spring wires them. */
    static ItemTypes allTypes() {
        SingleChoiceItemType single = new SingleChoiceItemType();
        NumericItemType numeric = new NumericItemType();
        ShortTextItemType shortText = new ShortTextItemType();
        List<ItemType> list = new ArrayList<>(List.of(single, new MultipleResponseItemType(), new TrueFalseItemType(),
                numeric, shortText, new EssayItemType(), new MatchingItemType(), new OrderingItemType(),
                new ClozeItemType(single, numeric, shortText)));
        ItemTypes[] holder = new ItemTypes[1];
        list.add(new CaseItemType(id -> Optional.ofNullable(holder[0]).flatMap(types -> types.find(id))));
        holder[0] = new ItemTypes(list);
        return holder[0];
    }
}
