package org.vidya.learning.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.vidya.platform.ApiException;

/** Due and target dates lie in the future, and not absurdly far. */
final class DueDates {

    static final Duration MAX_AHEAD = Duration.ofDays(5 * 366);

    private DueDates() {
    }

    /** The date to the second (finer precision means nothing for a deadline), once it is checked. */
    static Instant checked(String field, Instant date, Instant now) {
        check(field, date, now);
        return date.truncatedTo(ChronoUnit.SECONDS);
    }

    static void check(String field, Instant date, Instant now) {
        if (!date.isAfter(now)) {
            throw ApiException.invalid(field, "in-the-past", "must be in the future");
        }
        if (date.isAfter(now.plus(MAX_AHEAD))) {
            throw ApiException.invalid(field, "too-far", "must be within five years");
        }
    }
}
