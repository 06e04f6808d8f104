package org.vidya.coursework;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a coursework assignment of a course. */
public record AssignmentId(UUID value) {

    public static AssignmentId of(String value) {
        return new AssignmentId(UUID.fromString(value));
    }

    public static AssignmentId random() {
        return new AssignmentId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
