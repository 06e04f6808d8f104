package org.vidya.catalog.domain;

import java.util.ArrayList;
import java.util.List;

import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

/** Collects every wrong field of an input before anything is saved, to answer them all at once. */
final class Errors {

    static final int MAX_REPORTED = 200;

    private final List<FieldViolation> violations = new ArrayList<>();
    private int count;

    void add(String field, String code, String message) {
        count++;
        if (violations.size() < MAX_REPORTED) {
            violations.add(new FieldViolation(field, code, message));
        }
    }

    int count() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    List<FieldViolation> list() {
        return List.copyOf(violations);
    }

    void throwIfAny() {
        if (!isEmpty()) {
            throw ApiException.invalid(violations);
        }
    }
}
