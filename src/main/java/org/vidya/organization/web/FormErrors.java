package org.vidya.organization.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.vidya.platform.ApiException;

/**
 * What a page form shows after a failed submit: a sentence for the whole form (absent when only
 * fields are wrong, then the page says so in the reader's language) and a message per field.
 */
record FormErrors(@Nullable String message, Map<String, String> fields) {

    static final FormErrors NONE = new FormErrors(null, Map.of());

    static FormErrors of(ApiException e) {
        Map<String, String> fields = new LinkedHashMap<>();
        e.errors().forEach(v -> fields.merge(v.field(), v.message(), (a, b) -> a + "; " + b));
        return new FormErrors("validation-failed".equals(e.code()) ? null : e.getMessage(), fields);
    }

    static FormErrors of(BindingResult result) {
        Map<String, String> fields = new LinkedHashMap<>();
        result.getFieldErrors().forEach(f -> fields.merge(f.getField(),
                f.isBindingFailure() ? "has the wrong format" : String.valueOf(f.getDefaultMessage()),
                (a, b) -> a + "; " + b));
        result.getGlobalErrors().forEach(g -> fields.merge(g.getObjectName(), String.valueOf(g.getDefaultMessage()),
                (a, b) -> a + "; " + b));
        return new FormErrors(null, fields);
    }

    public boolean any() {
        return message != null || !fields.isEmpty();
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    @Nullable
    public String get(String field) {
        return fields.get(field);
    }
}
