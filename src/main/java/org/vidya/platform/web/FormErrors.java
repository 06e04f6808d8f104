package org.vidya.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.vidya.platform.ApiException;

/**
 * What a page form shows after a failed submit: the problem's stable code and sentence for the
 * whole form, and per field a stable code and the service's sentence. Pages say the codes in the
 * reader's language and fall back to the sentences.
 */
public record FormErrors(@Nullable String code, @Nullable String detail, Map<String, String> codes,
        Map<String, String> messages) {

    public static final FormErrors NONE = new FormErrors(null, null, Map.of(), Map.of());

    private static final String INVALID = "validation-failed";

    public static FormErrors of(ApiException e) {
        return of(e, "");
    }

    /** Fields named under {@code prefix} (a nested part of the form) lose it, to match the inputs. */
    public static FormErrors of(ApiException e, String prefix) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        e.errors().forEach(v -> {
            String field = !prefix.isEmpty() && v.field().startsWith(prefix) ? v.field().substring(prefix.length())
                    : v.field();
            codes.putIfAbsent(field, v.code());
            messages.merge(field, v.message(), (a, b) -> a + "; " + b);
        });
        return new FormErrors(e.code(), e.getMessage(), codes, messages);
    }

    public static FormErrors of(BindingResult result) {
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> messages = new LinkedHashMap<>();
        result.getFieldErrors().forEach(f -> {
            codes.putIfAbsent(f.getField(), INVALID);
            messages.merge(f.getField(),
                    f.isBindingFailure() ? "has the wrong format" : String.valueOf(f.getDefaultMessage()),
                    (a, b) -> a + "; " + b);
        });
        result.getGlobalErrors().forEach(g -> {
            codes.putIfAbsent(g.getObjectName(), INVALID);
            messages.merge(g.getObjectName(), String.valueOf(g.getDefaultMessage()), (a, b) -> a + "; " + b);
        });
        return new FormErrors(INVALID, null, codes, messages);
    }

    public boolean any() {
        return code != null || !codes.isEmpty();
    }

    public boolean has(String field) {
        return codes.containsKey(field);
    }

    /** The sentence for the whole form; absent when only fields are wrong. */
    public @Nullable String message() {
        return INVALID.equals(code) ? null : detail;
    }

    public @Nullable String code(String field) {
        return codes.get(field);
    }

    public @Nullable String message(String field) {
        return messages.get(field);
    }
}
