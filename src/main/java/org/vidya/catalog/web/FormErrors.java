package org.vidya.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/**
 * What a catalog form shows after a failed submit: a sentence for the whole form (absent when
 * only fields are wrong, then the page says so in the reader's language) and a message per
 * field. Fields are named as the catalog names them ({@code title.hi}, {@code text.en},
 * {@code conceptKeys}), which are also the names of the form's inputs.
 */
record FormErrors(@Nullable String message, Map<String, String> fields) {

    static final FormErrors NONE = new FormErrors(null, Map.of());

    private static final Pattern LOCALIZED = Pattern.compile("([A-Za-z]+)\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2})");

    /** One wrong field: the field's name, what it is ({@code title}), its locale if it is a translation. */
    record Entry(String field, String base, @Nullable String locale, String message) {
    }

    static FormErrors of(ApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(v -> fields.merge(field(v.field()), v.message(), (a, b) -> a + "; " + b));
        return new FormErrors("validation-failed".equals(e.code()) ? null : e.getMessage(), fields);
    }

    static FormErrors message(String message) {
        return new FormErrors(message, Map.of());
    }

    static FormErrors field(String field, String message) {
        return new FormErrors(null, Map.of(field, message));
    }

    // Blocks are checked under an empty path (".text.en"); list items carry an index ("conceptKeys[2]").
    private static String field(String path) {
        String field = path.startsWith(".") ? path.substring(1) : path;
        return field.replaceAll("\\[\\d+]", "");
    }

    public boolean any() {
        return message != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public @Nullable String get(String field) {
        return fields.get(field);
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        fields.forEach((field, message) -> {
            Matcher localized = LOCALIZED.matcher(field);
            entries.add(localized.matches() ? new Entry(field, localized.group(1), localized.group(2), message)
                    : new Entry(field, field, null, message));
        });
        return entries;
    }
}
