package org.vidya.assessment.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Moments on the learner's test pages, shown in UTC in the reader's language.
 */
final class LearnerTimes {

    private final DateTimeFormatter shown;

    LearnerTimes(Locale locale) {
        this.shown = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale).withZone(ZoneOffset.UTC);
    }

    /** For the template: a moment as people read it. */
    public String format(@Nullable Instant instant) {
        return instant == null ? "" : shown.format(instant);
    }
}
