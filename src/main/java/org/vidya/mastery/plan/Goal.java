package org.vidya.mastery.plan;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.ApiException;

/**
 * A learning path's goal as the API names it: {@code subject:<name>}, {@code course:<uuid>} or
 * {@code track:<uuid>}. Anything else is a 400 with a field error on {@code goal}.
 */
record Goal(Type type, String value) {

    static final int MAX_LENGTH = 200;

    enum Type {
        SUBJECT,
        COURSE,
        TRACK
    }

    static Goal parse(@Nullable String goal) {
        if (goal == null || goal.isBlank()) {
            throw ApiException.invalid("goal", "required", "Say which goal: subject:<name>, course:<id> or track:<id>.");
        }
        if (goal.length() > MAX_LENGTH) {
            throw ApiException.invalid("goal", "too-long", "A goal has at most " + MAX_LENGTH + " characters.");
        }
        int colon = goal.indexOf(':');
        String kind = colon < 0 ? "" : goal.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = colon < 0 ? "" : goal.substring(colon + 1).trim();
        Type type = switch (kind) {
            case "subject" -> Type.SUBJECT;
            case "course" -> Type.COURSE;
            case "track" -> Type.TRACK;
            default -> throw ApiException.invalid("goal", "unknown-goal-kind",
                    "A goal is subject:<name>, course:<id> or track:<id>.");
        };
        if (value.isEmpty()) {
            throw ApiException.invalid("goal", "required", "The goal names no " + kind + ".");
        }
        if (type != Type.SUBJECT) {
            try {
                value = UUID.fromString(value).toString();
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("goal", "malformed-id", "The " + kind + " id is not a UUID.");
            }
        }
        return new Goal(type, value);
    }

    UUID id() {
        return UUID.fromString(value);
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(Locale.ROOT) + ":" + value;
    }
}
