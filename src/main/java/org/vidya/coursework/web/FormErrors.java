package org.vidya.coursework.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/**
 * What a coursework form shows after a failed submit: the problem's stable code (the page says it
 * in the reader's language, {@code coursework.error.<code>}, or shows {@code detail}), and per
 * field a code and the service's sentence, shown when the bundle has no text for the code.
 */
record FormErrors(@Nullable String code, @Nullable String detail, Map<String, String> codes,
        Map<String, String> messages) {

    static final FormErrors NONE = new FormErrors(null, null, Map.of(), Map.of());

    static FormErrors of(ApiException e) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        e.errors().forEach(v -> {
            String field = v.field().startsWith("rubric.") ? v.field().substring("rubric.".length()) : v.field();
            codes.putIfAbsent(field, v.code());
            messages.merge(field, v.message(), (a, b) -> a + "; " + b);
        });
        return new FormErrors(e.code(), e.getMessage(), codes, messages);
    }

    public boolean any() {
        return code != null || !codes.isEmpty();
    }

    public boolean has(String field) {
        return codes.containsKey(field);
    }

    public @Nullable String code(String field) {
        return codes.get(field);
    }

    public @Nullable String message(String field) {
        return messages.get(field);
    }
}
