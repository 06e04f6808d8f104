package org.vidya.platform;

/** One wrong field of a request: which field, a stable code and a sentence for people. */
public record FieldViolation(String field, String code, String message) {
}
