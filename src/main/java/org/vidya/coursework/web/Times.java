package org.vidya.coursework.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/**
 * Moments on coursework pages: shown in UTC in the reader's language, and typed into
 * {@code datetime-local} fields as UTC.
 */
final class Times {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final DateTimeFormatter shown;

    Times(Locale locale) {
        this.shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
    }

    /** For the template: a moment as people read it. */
    public String format(@Nullable Instant instant) {
        return instant == null ? "" : shown.format(instant);
    }

    /** For the template: a moment as a {@code datetime-local} value. */
    public String input(@Nullable Instant instant) {
        return instant == null ? "" : INPUT.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static @Nullable Instant parse(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field, "wrong-date", "is not a date and time");
        }
    }
}
