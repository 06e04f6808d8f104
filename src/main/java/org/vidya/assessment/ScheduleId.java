package org.vidya.assessment;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies one scheduling of a test for a class: its window and its cohort for ranking. */
public record ScheduleId(UUID value) {

    public static ScheduleId of(String value) {
        return new ScheduleId(UUID.fromString(value));
    }

    public static ScheduleId random() {
        return new ScheduleId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
