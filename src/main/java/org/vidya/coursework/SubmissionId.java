package org.vidya.coursework;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies one learner's submission to an assignment. */
public record SubmissionId(UUID value) {

    public static SubmissionId of(String value) {
        return new SubmissionId(UUID.fromString(value));
    }

    public static SubmissionId random() {
        return new SubmissionId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
