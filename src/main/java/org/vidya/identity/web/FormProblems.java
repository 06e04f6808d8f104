package org.vidya.identity.web;

import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

/**
 * Shows a service's refusal on the form that caused it: field errors next to their fields,
 * everything else in the form's summary. Messages are looked up as
 * {@code identity.problem.<code>[.<form>]} and {@code identity.error.<code>}; the service's
 * own English sentence is the fallback.
 */
final class FormProblems {

    private FormProblems() {
    }

    static void show(ApiException e, BindingResult form, HttpServletResponse response) {
        show(e, form, response, Map.of());
    }

    /** @param fieldNames the form's name for a field the service calls differently */
    static void show(ApiException e, BindingResult form, HttpServletResponse response,
            Map<String, String> fieldNames) {
        response.setStatus(e.status().value());
        if (e.status() == HttpStatus.TOO_MANY_REQUESTS && e.retryAfter() != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        }
        for (FieldViolation violation : e.errors()) {
            String field = fieldNames.getOrDefault(violation.field(), violation.field());
            if (hasField(form, field)) {
                form.rejectValue(field, "identity.error." + violation.code(), violation.message());
            } else {
                form.reject("identity.error." + violation.code(), violation.field() + " " + violation.message());
            }
        }
        if (e.errors().isEmpty()) {
            Object[] arguments = e.retryAfter() == null ? null
                    : new Object[] {Math.max(1, e.retryAfter().toMinutes() + 1)};
            form.reject("identity.problem." + e.code(), arguments, e.getMessage());
        }
    }

    private static boolean hasField(BindingResult form, String field) {
        Object target = form.getTarget();
        return target != null && target.getClass().isRecord()
                && Arrays.stream(target.getClass().getRecordComponents()).anyMatch(c -> c.getName().equals(field));
    }
}
