package org.vidya.learning.domain;

import java.util.Locale;

import org.vidya.platform.ApiException;

/** What the lesson page reports: the first view, time on the page, or the lesson done. */
public enum ProgressEvent {
    START, HEARTBEAT, COMPLETE;

    public static ProgressEvent parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("event", "unknown-event", "must be start, heartbeat or complete");
        }
    }
}
