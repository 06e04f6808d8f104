package org.vidya.catalog.web;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Which form of a page with several forms failed, what was typed into it and what was wrong,
 * so that the page shows the typed values and the errors at that form and the stored values
 * everywhere else.
 */
record FormState(@Nullable String form, Map<String, String> values, FormErrors errors) {

    static final FormState NONE = new FormState(null, Map.of(), FormErrors.NONE);

    static FormState failed(String form, MultiValueMap<String, String> submitted, FormErrors errors) {
        return new FormState(form, submitted.toSingleValueMap(), errors);
    }

    static FormState failed(String form, FormErrors errors) {
        return new FormState(form, Map.of(), errors);
    }

    public boolean is(String name) {
        return name.equals(form);
    }

    /** The value to show in a field: what was typed when this form failed, else the stored one. */
    public String value(String name, String field, @Nullable Object stored) {
        if (is(name)) {
            return values.getOrDefault(field, "");
        }
        return stored == null ? "" : stored.toString();
    }

    /** Whether a checkbox is ticked: as submitted when this form failed, else as stored. */
    public boolean checked(String name, String field, boolean stored) {
        return is(name) ? values.containsKey(field) : stored;
    }

    public FormErrors errors(String name) {
        return is(name) ? errors : FormErrors.NONE;
    }

    public boolean has(String name, String field) {
        return is(name) && errors.has(field);
    }

    public @Nullable String error(String name, String field) {
        return is(name) ? errors.get(field) : null;
    }
}
