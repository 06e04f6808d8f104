package org.vidya.learning.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Time on a lesson comes from heartbeats of the open page. Each is credited with what it
 * claims, but never more than the time really passed since the lesson was last seen nor more
 * than {@link #MAX_SECONDS}: two tabs, a replayed request or a sleeping laptop add nothing.
 */
public final class TimeCredit {

    /** The most a single heartbeat can add. */
    public static final int MAX_SECONDS = 60;

    private TimeCredit() {
    }

    public static int credit(int claimedSeconds, Instant lastSeen, Instant now) {
        long elapsed = Math.max(0, Duration.between(lastSeen, now).toSeconds());
        return (int) Math.max(0, Math.min(Math.min(claimedSeconds, MAX_SECONDS), elapsed));
    }
}
