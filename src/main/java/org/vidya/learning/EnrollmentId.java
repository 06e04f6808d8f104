package org.vidya.learning;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies one learner's enrollment in one course. */
public record EnrollmentId(UUID value) {

    public static EnrollmentId of(String value) {
        return new EnrollmentId(UUID.fromString(value));
    }

    public static EnrollmentId random() {
        return new EnrollmentId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
