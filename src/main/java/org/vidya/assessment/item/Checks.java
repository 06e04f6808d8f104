package org.vidya.assessment.item;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/**
 * Collects the problems of one body or response, each under its JSON path ({@code choices[2].fraction}),
 * with the limits of the item format.
 */
final class Checks {

    static final int MAX_TEXT = 20_000;
    static final int MAX_CHOICES = 26;
    static final int MAX_STEMS = 50;
    static final int MAX_ORDER_ITEMS = 50;
    static final int MAX_GAPS = 50;
    static final int MAX_STAGES = 10;
    static final int MAX_PARTS = 20;
    static final int MAX_SHORT_RESPONSE = 1_000;
    static final int MAX_ESSAY_RESPONSE = 50_000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final List<FieldViolation> violations = new ArrayList<>();

    void add(String path, String code, String message) {
        violations.add(new FieldViolation(path, code, message));
    }

    /** Adds another check's violations, their paths put below {@code path}. */
    void addAll(String path, List<FieldViolation> nested) {
        for (FieldViolation v : nested) {
            violations.add(new FieldViolation(v.field().isEmpty() ? path : at(path, v.field()), v.code(), v.message()));
        }
    }

    int count() {
        return violations.size();
    }

    List<FieldViolation> list() {
        return List.copyOf(violations);
    }

    static String at(String path, String field) {
        if (path.isEmpty()) {
            return field;
        }
        return field.startsWith("[") ? path + field : path + "." + field;
    }

    static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    boolean object(@Nullable JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            add(path, "not-an-object", "must be an object");
            return false;
        }
        return true;
    }

    /** A Markdown text field; blank counts as absent. */
    @Nullable String text(JsonNode parent, String path, String field, boolean required) {
        return string(parent, path, field, required, MAX_TEXT);
    }

    @Nullable String string(JsonNode parent, String path, String field, boolean required, int maxLength) {
        JsonNode value = parent.get(field);
        String where = at(path, field);
        if (value == null || value.isNull()) {
            if (required) {
                add(where, "required", "is required");
            }
            return null;
        }
        if (!value.isString()) {
            add(where, "wrong-type", "must be a string");
            return null;
        }
        String text = value.stringValue();
        if (text.isBlank()) {
            if (required) {
                add(where, "required", "is required");
            }
            return null;
        }
        if (text.length() > maxLength) {
            add(where, "too-long", "must be at most " + maxLength + " characters");
            return null;
        }
        return text;
    }

    /** An option id: 1 to 64 letters, digits, '_', '.' or '-', unique within {@code seen}. */
    @Nullable String id(JsonNode parent, String path, Set<String> seen) {
        JsonNode value = parent.get("id");
        String where = at(path, "id");
        if (value == null || value.isNull()) {
            add(where, "required", "is required");
            return null;
        }
        if (!value.isString() || !ID.matcher(value.stringValue()).matches()) {
            add(where, "invalid-id", "must be 1 to 64 letters, digits, '_', '.' or '-'");
            return null;
        }
        String id = value.stringValue();
        if (!seen.add(id)) {
            add(where, "duplicate", "is used twice");
            return null;
        }
        return id;
    }

    /** A list of objects with between {@code min} and {@code max} entries; null (and a violation) otherwise. */
    @Nullable JsonNode array(JsonNode parent, String path, String field, int min, int max) {
        JsonNode value = parent.get(field);
        String where = at(path, field);
        if (value == null || value.isNull()) {
            add(where, "required", "is required");
            return null;
        }
        if (!value.isArray()) {
            add(where, "wrong-type", "must be a list");
            return null;
        }
        if (value.size() < min) {
            add(where, "too-few", "must have at least " + min + " entries");
            return null;
        }
        if (value.size() > max) {
            add(where, "too-many", "may have at most " + max + " entries");
            return null;
        }
        return value;
    }

    /**
     * The object a response keeps under {@code field} ({@code {"gaps": {...}}}); null when the
     * response or the field is absent, or when either is not an object (a violation then says which).
     */
    @Nullable JsonNode responseObject(JsonNode response, String field) {
        if (!object(response, "")) {
            return null;
        }
        JsonNode value = response.get(field);
        if (value == null || value.isNull() || !object(value, field)) {
            return null;
        }
        return value;
    }

    /**
     * The body's {@code answers}: between 1 and {@code max} objects, each with the type's own fields
     * (checked by {@code fields} with the answer and its path), a fraction in [0, 1] (1 when absent)
     * and optional feedback; one answer must be fully right.
     */
    void answers(JsonNode body, int max, BiConsumer<JsonNode, String> fields) {
        JsonNode answers = array(body, "", "answers", 1, max);
        if (answers == null) {
            return;
        }
        boolean full = false;
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            String path = at("answers", i);
            if (!object(answer, path)) {
                continue;
            }
            fields.accept(answer, path);
            Double fraction = number(answer, path, "fraction", 0, 1, 1.0);
            full |= fraction != null && fraction == 1;
            text(answer, path, "feedback", false);
        }
        if (!full && count() == 0) {
            add("answers", "no-right-answer", "one answer must have fraction 1");
        }
    }

    /** A number in [low, high]; {@code fallback} when absent. */
    @Nullable Double number(JsonNode parent, String path, String field, double low, double high,
            @Nullable Double fallback) {
        JsonNode value = parent.get(field);
        String where = at(path, field);
        if (value == null || value.isNull()) {
            if (fallback == null) {
                add(where, "required", "is required");
            }
            return fallback;
        }
        if (!value.isNumber()) {
            add(where, "wrong-type", "must be a number");
            return null;
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d) || d < low || d > high) {
            add(where, "out-of-range", "must be between " + plain(low) + " and " + plain(high));
            return null;
        }
        return d;
    }

    @Nullable BigDecimal decimal(JsonNode parent, String path, String field, boolean required) {
        JsonNode value = parent.get(field);
        String where = at(path, field);
        if (value == null || value.isNull()) {
            if (required) {
                add(where, "required", "is required");
            }
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            add(where, "wrong-type", "must be a number");
            return null;
        }
        return value.decimalValue();
    }

    @Nullable Integer whole(JsonNode parent, String path, String field, int low, int high) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        String where = at(path, field);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            add(where, "wrong-type", "must be a whole number");
            return null;
        }
        int n = value.intValue();
        if (n < low || n > high) {
            add(where, "out-of-range", "must be between " + low + " and " + high);
            return null;
        }
        return n;
    }

    /** An optional boolean; {@code fallback} when absent. */
    boolean bool(JsonNode parent, String path, String field, boolean fallback) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            add(at(path, field), "wrong-type", "must be true or false");
            return fallback;
        }
        return value.booleanValue();
    }

    static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    static Set<String> newIds() {
        return new HashSet<>();
    }

    /** True when a response is absent: null, JSON null, missing or an empty object. */
    static boolean absent(@Nullable JsonNode response) {
        return response == null || response.isNull() || response.isMissingNode()
                || (response.isObject() && response.isEmpty());
    }
}
