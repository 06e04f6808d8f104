package org.vidya.assessment;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies one learner's attempt at a test. */
public record AttemptId(UUID value) {

    public static AttemptId of(String value) {
        return new AttemptId(UUID.fromString(value));
    }

    public static AttemptId random() {
        return new AttemptId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
