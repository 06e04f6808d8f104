package org.vidya.learning.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/** Dates typed into forms: a due or target date means the end of that day (UTC). */
final class Dates {

    private Dates() {
    }

    static @Nullable Instant endOfDay(@Nullable String date, String field) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip()).atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "wrong-date", "is not a date");
        }
    }

    static Instant requiredEndOfDay(@Nullable String date, String field) {
        Instant instant = endOfDay(date, field);
        if (instant == null) {
            throw ApiException.invalid(field, "required", "is required");
        }
        return instant;
    }

    /** The value of a date input for an instant. */
    static String input(@Nullable Instant instant) {
        return instant == null ? "" : LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }
}
