package org.vidya.assessment.web;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the item editor's form fields into an item body: a field named
 * {@code body.choices[2].fraction} sets that place of the body, so that the service's errors
 * (which name the same paths) land next to the inputs. Empty fields are left out, so blank
 * rows vanish and defaults apply; numbers and booleans are typed by field name; a field named
 * {@code ...@json} holds JSON (a cloze gap's or a case part's body).
 */
final class BodyForm {

    static final String PREFIX = "body.";
    static final int MAX_FIELDS = 5_000;
    static final int MAX_VALUE = 20_000;

    private static final Set<String> NUMBERS = Set.of("fraction", "value", "tolerance", "multiplier", "weight",
            "points", "minWords", "maxWords");
    private static final Set<String> BOOLEANS = Set.of("shuffle", "caseSensitive", "unitRequired", "answer");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)((?:\\[\\d{1,3}])*)(@json)?");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,3})]");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private BodyForm() {
    }

    /** The body the form's {@code body.*} fields describe (the last value of a repeated field wins). */
    static ObjectNode read(Map<String, List<String>> params) {
        Map<String, Object> root = new LinkedHashMap<>();
        List<FieldViolation> errors = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            if (!param.getKey().startsWith(PREFIX) || param.getValue().isEmpty()) {
                continue;
            }
            if (++count > MAX_FIELDS) {
                throw ApiException.invalid("body", "too-large", "has too many fields");
            }
            String value = param.getValue().get(param.getValue().size() - 1);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (value.length() > MAX_VALUE) {
                errors.add(new FieldViolation(param.getKey(), "too-long", "must be at most " + MAX_VALUE + " characters"));
                continue;
            }
            put(root, param.getKey(), value, errors);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return (ObjectNode) toNode(root);
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> root, String name, String value, List<FieldViolation> errors) {
        String[] segments = name.substring(PREFIX.length()).split("\\.");
        Object container = root;
        for (int s = 0; s < segments.length; s++) {
            Matcher m = SEGMENT.matcher(segments[s]);
            if (!m.matches()) {
                return;
            }
            String key = m.group(1);
            List<Integer> indexes = new ArrayList<>();
            Matcher im = INDEX.matcher(m.group(2));
            while (im.find()) {
                indexes.add(Integer.parseInt(im.group(1)));
            }
            boolean last = s == segments.length - 1;
            Map<String, Object> map = (Map<String, Object>) container;
            if (indexes.isEmpty()) {
                if (last) {
                    Object typed = typed(key, value, m.group(3) != null, name, errors);
                    if (typed != null) {
                        map.put(key, typed);
                    }
                    return;
                }
                container = map.computeIfAbsent(key, k -> new LinkedHashMap<String, Object>());
                if (!(container instanceof Map)) {
                    return;
                }
            } else {
                Object list = map.computeIfAbsent(key, k -> new TreeMap<Integer, Object>());
                if (!(list instanceof TreeMap)) {
                    return;
                }
                TreeMap<Integer, Object> entries = (TreeMap<Integer, Object>) list;
                for (int i = 0; i < indexes.size() - 1; i++) {
                    entries = (TreeMap<Integer, Object>) entries.computeIfAbsent(indexes.get(i),
                            k -> new TreeMap<Integer, Object>());
                }
                int index = indexes.get(indexes.size() - 1);
                if (last) {
                    Object typed = typed(key, value, m.group(3) != null, name, errors);
                    if (typed != null) {
                        entries.put(index, typed);
                    }
                    return;
                }
                container = entries.computeIfAbsent(index, k -> new LinkedHashMap<String, Object>());
                if (!(container instanceof Map)) {
                    return;
                }
            }
        }
    }

    private static @Nullable Object typed(String key, String value, boolean json, String field,
            List<FieldViolation> errors) {
        String v = value.strip();
        if (json) {
            try {
                return JSON.readTree(v);
            } catch (JacksonException e) {
                errors.add(new FieldViolation(field.substring(0, field.length() - "@json".length()), "invalid-json",
                        "is not valid JSON"));
                return null;
            }
        }
        if (NUMBERS.contains(key)) {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                errors.add(new FieldViolation(field, "wrong-type", "must be a number"));
                return null;
            }
        }
        if (BOOLEANS.contains(key) && (v.equals("true") || v.equals("false"))) {
            return Boolean.valueOf(v);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static JsonNode toNode(Object value) {
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof Map<?, ?> map && !(value instanceof TreeMap)) {
            ObjectNode node = NODES.objectNode();
            ((Map<String, Object>) map).forEach((k, v) -> node.set(k, toNode(v)));
            return node;
        }
        if (value instanceof TreeMap<?, ?> entries) {
            ArrayNode array = NODES.arrayNode();
            for (Object entry : entries.values()) {
                JsonNode node = toNode(entry);
                // a row left blank (perhaps with the id the form gave it) is no row
                boolean blank = node.isObject() && (node.isEmpty() || (node.size() == 1 && node.has("id")));
                if (!blank) {
                    array.add(node);
                }
            }
            return array;
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        return NODES.stringNode(String.valueOf(value));
    }

    /** A short random option id, for rows the form adds. */
    static String newId() {
        StringBuilder id = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
        }
        return id.toString();
    }
}
