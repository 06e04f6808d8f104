package org.vidya.assessment.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.spi.ItemType;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;

/** Checks an item's fields, reporting each problem under its REST field ({@code body.choices[2].fraction}). */
final class ItemRules {

    static final int MAX_BODY_BYTES = 64 * 1024;
    static final int MAX_TRANSLATIONS = 20;
    static final int MAX_TITLE = 200;
    static final int MAX_EXPLANATION = 20_000;
    static final int MAX_SOURCE = 200;
    static final int MAX_CONCEPTS = 20;
    static final int MAX_REPORTED = 200;
    static final BigDecimal MAX_MARKS = new BigDecimal("1000");
    static final Pattern CONCEPT_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");

    private final ItemTypes types;

    ItemRules(ItemTypes types) {
        this.types = types;
    }

    /** The checked item, or the problems (with {@code prefix} before each field). */
    record Result(@Nullable CheckedItem item, List<FieldViolation> problems) {
    }

    Result check(ItemInput in, Set<UUID> categories, @Nullable Irt calibrated, String prefix) {
        List<FieldViolation> problems = new ArrayList<>();
        Problems p = (field, code, message) -> {
            if (problems.size() < MAX_REPORTED) {
                problems.add(new FieldViolation(prefix + field, code, message));
            }
        };
        ItemType type = null;
        if (in.type() == null || in.type().isBlank()) {
            p.add("type", "required", "is required");
        } else {
            type = types.find(in.type()).orElse(null);
            if (type == null) {
                p.add("type", "unknown-item-type", "must be one of " + String.join(", ", types.ids()));
            }
        }
        String bodyJson = null;
        if (in.body() == null || in.body().isNull()) {
            p.add("body", "required", "is required");
        } else if (!in.body().isObject()) {
            p.add("body", "not-an-object", "must be an object");
        } else {
            bodyJson = ItemJson.write(in.body());
            if (ItemJson.bytes(bodyJson) > MAX_BODY_BYTES) {
                p.add("body", "too-large", "must be at most 64 KB of JSON");
                bodyJson = null;
            } else if (type != null) {
                for (FieldViolation v : type.validate(in.body())) {
                    p.add(v.field().isEmpty() ? "body" : "body." + v.field(), v.code(), v.message());
                }
            }
        }
        String locale = in.locale() == null || in.locale().isBlank() ? "en" : in.locale().strip();
        if (locale.length() > 16 || !LOCALE.matcher(locale).matches()) {
            p.add("locale", "invalid-locale", "must be a language tag such as en or hi");
        }
        Map<String, JsonNode> translations = new LinkedHashMap<>();
        if (in.translations() != null) {
            if (in.translations().size() > MAX_TRANSLATIONS) {
                p.add("translations", "too-many", "may have at most " + MAX_TRANSLATIONS + " languages");
            } else {
                for (Map.Entry<String, JsonNode> t : in.translations().entrySet()) {
                    String field = "translations." + t.getKey();
                    if (t.getKey().length() > 16 || !LOCALE.matcher(t.getKey()).matches() || t.getKey().equals(locale)) {
                        p.add(field, "invalid-locale", "must be a language tag other than the item's own");
                        continue;
                    }
                    JsonNode translated = t.getValue();
                    if (translated == null || !translated.isObject()) {
                        p.add(field, "not-an-object", "must be an object");
                        continue;
                    }
                    if (ItemJson.bytes(ItemJson.write(translated)) > MAX_BODY_BYTES) {
                        p.add(field, "too-large", "must be at most 64 KB of JSON");
                        continue;
                    }
                    if (type != null) {
                        for (FieldViolation v : type.validate(translated)) {
                            p.add(v.field().isEmpty() ? field : field + "." + v.field(), v.code(), v.message());
                        }
                    }
                    if (in.body() != null && in.body().isObject() && !ids(translated).equals(ids(in.body()))) {
                        p.add(field, "different-ids", "must have the same option ids as the body, in the same places");
                    }
                    translations.put(t.getKey(), translated);
                }
            }
        }
        String title = line(p, "title", in.title(), MAX_TITLE);
        if (in.category() != null && !categories.contains(in.category())) {
            p.add("category", "unknown-category", "is not a category of this bank");
        }
        BigDecimal marks = in.marks() == null ? BigDecimal.ONE : in.marks();
        if (marks.signum() <= 0 || marks.compareTo(MAX_MARKS) > 0 || marks.stripTrailingZeros().scale() > 2) {
            p.add("marks", "out-of-range", "must be more than 0 and at most 1000, with at most 2 decimals");
        }
        BigDecimal negative = in.negativeMarks() == null ? BigDecimal.ZERO : in.negativeMarks();
        if (negative.signum() < 0 || negative.compareTo(MAX_MARKS) > 0 || negative.stripTrailingZeros().scale() > 2) {
            p.add("negativeMarks", "out-of-range", "must be between 0 and 1000, with at most 2 decimals");
        }
        Difficulty difficulty = Difficulty.MEDIUM;
        if (in.difficulty() != null && !in.difficulty().isBlank()) {
            try {
                difficulty = Difficulty.fromCode(in.difficulty());
            } catch (IllegalArgumentException e) {
                p.add("difficulty", "unknown-value", "must be easy, medium or hard");
            }
        }
        Irt irt = irt(p, in.irt(), difficulty, calibrated);
        String primary = concept(p, "primaryConcept", in.primaryConcept());
        List<String> secondary = new ArrayList<>();
        if (in.secondaryConcepts() != null) {
            if (in.secondaryConcepts().size() > MAX_CONCEPTS) {
                p.add("secondaryConcepts", "too-many", "may have at most " + MAX_CONCEPTS + " concept keys");
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < in.secondaryConcepts().size(); i++) {
                    String key = concept(p, "secondaryConcepts[" + i + "]", in.secondaryConcepts().get(i));
                    if (key != null && !key.equals(primary) && seen.add(key)) {
                        secondary.add(key);
                    }
                }
            }
        }
        String explanation = text(p, "explanation", in.explanation(), MAX_EXPLANATION);
        String source = line(p, "source", in.source(), MAX_SOURCE);
        if (in.year() != null && (in.year() < 1900 || in.year() > 2100)) {
            p.add("year", "out-of-range", "must be between 1900 and 2100");
        }
        if (!problems.isEmpty() || type == null || bodyJson == null) {
            return new Result(null, List.copyOf(problems));
        }
        return new Result(new CheckedItem(type.id(), bodyJson, locale, ItemJson.writeTranslations(translations), title,
                in.category(), marks, negative, difficulty, irt, primary, List.copyOf(secondary), explanation, source,
                in.year()), List.of());
    }

    private interface Problems {
        void add(String field, String code, String message);
    }

    private static Irt irt(Problems p, ItemInput.@Nullable IrtFields given, Difficulty difficulty,
            @Nullable Irt calibrated) {
        if (given == null) {
            return calibrated != null && calibrated.calibrated() ? calibrated : difficulty.defaultIrt();
        }
        Irt defaults = difficulty.defaultIrt();
        double a = given.a() == null ? defaults.a() : given.a();
        double b = given.b() == null ? defaults.b() : given.b();
        double c = given.c() == null ? defaults.c() : given.c();
        boolean ok = true;
        if (!(a > 0 && a <= 4)) {
            p.add("irt.a", "out-of-range", "must be more than 0 and at most 4");
            ok = false;
        }
        if (!(b >= -6 && b <= 6)) {
            p.add("irt.b", "out-of-range", "must be between -6 and 6");
            ok = false;
        }
        if (!(c >= 0 && c < 1)) {
            p.add("irt.c", "out-of-range", "must be at least 0 and less than 1");
            ok = false;
        }
        return ok ? new Irt(a, b, c, Boolean.TRUE.equals(given.calibrated())) : defaults;
    }

    private static @Nullable String concept(Problems p, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.strip();
        if (!CONCEPT_KEY.matcher(key).matches()) {
            p.add(field, "invalid-concept-key", "must be lower-case letters, digits, '.', '_' or '-', at most 100");
            return null;
        }
        return key;
    }

    private static @Nullable String line(Problems p, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String line = value.strip();
        if (line.length() > max) {
            p.add(field, "too-long", "must be at most " + max + " characters");
            return null;
        }
        if (line.chars().anyMatch(ch -> ch < 0x20)) {
            p.add(field, "control-characters", "must be one line of text");
            return null;
        }
        return line;
    }

    private static @Nullable String text(Problems p, String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            p.add(field, "too-long", "must be at most " + max + " characters");
            return null;
        }
        return value;
    }

    /** Every {@code id} value in a body, in document order: a translation must have the same. */
    static List<String> ids(JsonNode node) {
        List<String> ids = new ArrayList<>();
        collectIds(node, ids);
        return ids;
    }

    private static void collectIds(JsonNode node, List<String> ids) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("id") && field.getValue().isString()) {
                    ids.add(field.getValue().stringValue());
                } else {
                    collectIds(field.getValue(), ids);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collectIds(child, ids);
            }
        }
    }
}
