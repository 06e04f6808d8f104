package org.vidya.learning.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/**
 * What a learning form shows after a failed submit: a sentence for the whole form (absent when
 * only fields are wrong) and a stable code per field, which the page turns into text of its
 * language ({@code learning.error.<code>}).
 */
record FormErrors(@Nullable String code, Map<String, String> fields) {

    static final FormErrors NONE = new FormErrors(null, Map.of());

    static FormErrors of(ApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(v -> fields.putIfAbsent(v.field(), v.code()));
        return new FormErrors(e.code(), fields);
    }

    static FormErrors field(String field, String code) {
        return new FormErrors("validation-failed", Map.of(field, code));
    }

    public boolean any() {
        return code != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public @Nullable String get(String field) {
        return fields.get(field);
    }
}
