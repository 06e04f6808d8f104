package org.vidya.assessment.exchange;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemDraft;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Items of every type for round trips, and a canonical form that leaves out what no format keeps (option ids). */
public final class ExchangeSamples {

    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ExchangeSamples() {
    }

    public static JsonNode body(String json) {
        return JSON.readTree(json.replace('\'', '"'));
    }

    public static ItemDraft item(String type, String json) {
        return ItemDraft.of(type, body(json));
    }

    public static final ItemDraft SINGLE = item("single-choice", """
            {'prompt': 'Which is a noble gas? {braces} = ~ # : and\\na second line', 'shuffle': true,
             'choices': [ {'id': 'k3', 'text': 'Neon', 'fraction': 1, 'feedback': 'Yes: it is.'},
                          {'id': 'p9', 'text': 'Iron', 'fraction': 0},
                          {'id': 'q2', 'text': 'Nitrogen ~ almost', 'fraction': 0.5, 'feedback': 'Half {right}'},
                          {'id': 'z7', 'text': 'Water', 'fraction': -0.25} ] }""")
            .withTitle("Noble gases").withExternalId("Noble gases").withCategoryPath("Chemistry/Gases")
            .withExplanation("Neon is in group 18.");

    public static final ItemDraft MULTIPLE = item("multiple-response", """
            {'prompt': 'Select the primes.', 'shuffle': true,
             'choices': [ {'id': 'a1', 'text': '2', 'fraction': 0.5, 'feedback': 'even prime'},
                          {'id': 'b2', 'text': '3', 'fraction': 0.5},
                          {'id': 'c3', 'text': '4', 'fraction': -0.5} ] }""")
            .withTitle("Primes").withExternalId("Primes").withCategoryPath("Maths/Numbers");

    public static final ItemDraft TRUE_FALSE = item("true-false", """
            {'prompt': 'Light travels faster than sound.', 'answer': true,
             'feedbackTrue': 'Right.', 'feedbackFalse': 'Think of thunder and lightning.'}""")
            .withTitle("Light").withExternalId("Light").withCategoryPath("Physics");

    public static final ItemDraft FALSE_PLAIN = item("true-false", """
            {'prompt': 'The sun is a planet.', 'answer': false}""")
            .withTitle("Sun").withExternalId("Sun").withCategoryPath("Physics");

    public static final ItemDraft SHORT = item("short-text", """
            {'prompt': 'Capital of France?', 'caseSensitive': false,
             'answers': [ {'text': 'Paris', 'fraction': 1}, {'text': 'Par*', 'fraction': 0.5, 'feedback': 'Spelling.'} ] }""")
            .withTitle("Capital").withExternalId("Capital").withCategoryPath("Geography");

    public static final ItemDraft NUMERIC = item("numeric", """
            {'prompt': 'g at the surface, in m/s²?',
             'answers': [ {'value': 9.81, 'tolerance': 0.05, 'fraction': 1},
                          {'value': -10, 'tolerance': 0, 'fraction': 0.5, 'feedback': 'Rounded.'} ],
             'units': [], 'unitRequired': false }""")
            .withTitle("Gravity").withExternalId("Gravity").withCategoryPath("Physics")
            .withExplanation("About 9.81.");

    public static final ItemDraft ESSAY = item("essay", """
            {'prompt': 'Discuss the doctrine of frustration.'}""")
            .withTitle("Frustration").withExternalId("Frustration").withCategoryPath("Law");

    public static final ItemDraft MATCHING = item("matching", """
            {'prompt': 'Match each unit to its quantity.', 'shuffle': true,
             'stems': [ {'id': 's1', 'text': 'newton', 'match': 'o2'}, {'id': 's2', 'text': 'joule', 'match': 'o1'} ],
             'options': [ {'id': 'o1', 'text': 'energy'}, {'id': 'o2', 'text': 'force'}, {'id': 'o3', 'text': 'power'} ] }""")
            .withTitle("Units").withExternalId("Units").withCategoryPath("Physics");

    public static final ItemDraft ORDERING = item("ordering", """
            {'prompt': 'Order the steps of mitosis.', 'grading': 'partial',
             'items': [ {'id': 'x4', 'text': 'Prophase'}, {'id': 'm1', 'text': 'Metaphase'}, {'id': 'q7', 'text': 'Anaphase'} ] }""")
            .withTitle("Mitosis").withExternalId("Mitosis").withCategoryPath("Biology");

    public static final ItemDraft CLOZE = item("cloze", """
            {'text': 'Water boils at {{g1}} °C and is {{g2}}; the capital of France is {{g3}}.',
             'gaps': [ {'id': 'g1', 'type': 'numeric', 'weight': 1, 'body': {'answers': [ {'value': 100, 'tolerance': 0, 'fraction': 1} ]}},
                       {'id': 'g2', 'type': 'single-choice', 'weight': 2,
                        'body': {'choices': [ {'id': 'h1', 'text': 'H2O', 'fraction': 1, 'feedback': 'Yes'}, {'id': 'h2', 'text': 'CO2', 'fraction': 0} ]}},
                       {'id': 'g3', 'type': 'short-text', 'weight': 1,
                        'body': {'answers': [ {'text': 'Paris', 'fraction': 1}, {'text': 'paris', 'fraction': 0.5} ]}} ] }""")
            .withTitle("Water").withExternalId("Water").withCategoryPath("Chemistry");

    public static final ItemDraft CASE = item("case", """
            {'prompt': 'A patient.', 'stages': [ {'id': 'st1', 'title': 'History', 'text': 'Pain.',
              'parts': [ {'id': 'p1', 'type': 'essay', 'weight': 1, 'body': {'prompt': 'Plan?'}} ]} ] }""")
            .withTitle("Case").withExternalId("Case");

    public static List<ItemDraft> allTypes() {
        return List.of(SINGLE, MULTIPLE, TRUE_FALSE, FALSE_PLAIN, SHORT, NUMERIC, ESSAY, MATCHING, ORDERING, CLOZE, CASE);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The fields named (type, body, title, externalId, category, explanation, marks, negativeMarks,
     * difficulty, concepts, source, year) with option ids replaced by their positions and numbers in
     * one form; body fields in {@code dropped} are left out wherever they appear.
     */
    public static Map<String, Object> canonical(ItemDraft draft, Set<String> fields, Set<String> dropped) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String field : fields) {
            Object value = switch (field) {
                case "type" -> draft.type();
                case "body" -> canonicalBody(draft.body(), dropped);
                case "title" -> draft.title();
                case "externalId" -> draft.externalId();
                case "category" -> draft.categoryPath();
                case "explanation" -> draft.explanation();
                case "marks" -> draft.marks().stripTrailingZeros();
                case "negativeMarks" -> draft.negativeMarks().stripTrailingZeros();
                case "difficulty" -> draft.difficulty();
                case "concepts" -> draft.primaryConcept() + " " + draft.secondaryConcepts();
                case "source" -> draft.source() + " " + draft.year();
                default -> throw new IllegalArgumentException(field);
            };
            out.put(field, value == null ? "(none)" : value);
        }
        return out;
    }

    public static JsonNode canonicalBody(JsonNode body, Set<String> dropped) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof ObjectNode object && object.get("options") instanceof ArrayNode options) {
            // Matching options carry no order of their own: compare matches by option text, options sorted.
            Map<String, String> texts = new HashMap<>();
            options.forEach(option -> texts.put(option.path("id").asString(), option.path("text").asString()));
            object.path("stems").forEach(stem -> ((ObjectNode) stem).put("match",
                    "=" + texts.get(stem.path("match").asString())));
            List<JsonNode> sorted = new java.util.ArrayList<>();
            options.forEach(sorted::add);
            sorted.sort(java.util.Comparator.comparing(option -> option.path("text").asString()));
            options.removeAll();
            sorted.forEach(options::add);
        }
        Map<String, String> ids = new HashMap<>();
        renameIds(copy, "", ids);
        rewrite(copy, ids, dropped);
        return copy;
    }

    private static void renameIds(JsonNode node, String path, Map<String, String> ids) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                renameIds(entry.getValue(), path + "." + entry.getKey(), ids);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element instanceof ObjectNode object && object.has("id") && object.get("id").isString()) {
                    String replacement = path + "[" + i + "]";
                    ids.put(object.get("id").asString(), replacement);
                    object.put("id", replacement);
                }
                renameIds(element, path + "[" + i + "]", ids);
            }
        }
    }

    private static void rewrite(JsonNode node, Map<String, String> ids, Set<String> dropped) {
        if (node instanceof ObjectNode object) {
            for (String name : dropped) {
                object.remove(name);
            }
            Iterator<String> names = List.copyOf(object.propertyNames()).iterator();
            while (names.hasNext()) {
                String name = names.next();
                JsonNode value = object.get(name);
                if (value.isNumber()) {
                    object.set(name, ItemBodies.number(value.decimalValue()));
                } else if (name.equals("match") && value.isString()) {
                    object.put(name, ids.getOrDefault(value.asString(), value.asString()));
                } else if (name.equals("text") && value.isString() && value.asString().contains("{{")) {
                    String text = value.asString();
                    for (Map.Entry<String, String> id : ids.entrySet()) {
                        text = text.replace("{{" + id.getKey() + "}}", "{{" + id.getValue() + "}}");
                    }
                    object.put(name, text);
                } else {
                    rewrite(value, ids, dropped);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode element = array.get(i);
                if (element.isNumber()) {
                    array.set(i, ItemBodies.number(element.decimalValue()));
                } else {
                    rewrite(element, ids, dropped);
                }
            }
        }
    }

    public static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    public static ItemDraft withEverything(ItemDraft draft) {
        return draft.withMarks(dec("2.5"), dec("0.5")).withDifficulty(Difficulty.HARD, null)
                .withConcepts("physics.kinematics", List.of("maths.algebra", "maths.units"))
                .withSource("JEE Main", 2023);
    }
}
