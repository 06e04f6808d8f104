package org.vidya.assessment;

import java.util.UUID;

import org.vidya.platform.Ids;

/** Identifies a test (a fixed form or a blueprint with its settings). */
public record QuizId(UUID value) {

    public static QuizId of(String value) {
        return new QuizId(UUID.fromString(value));
    }

    public static QuizId random() {
        return new QuizId(Ids.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
