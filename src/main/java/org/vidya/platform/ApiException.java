package org.vidya.platform;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on. It becomes an RFC 9457 problem with a stable
 * {@code code}, a human {@code detail} and, for bad input, per-field {@code errors}.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final List<FieldViolation> errors;
    private final @Nullable Duration retryAfter;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String code, String detail, List<FieldViolation> errors,
            @Nullable Duration retryAfter) {
        super(detail);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public ApiException(HttpStatus status, String code, String detail) {
        this(status, code, detail, List.of(), null);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, detail);
    }

    public static ApiException invalid(String field, String code, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "The request has invalid fields.",
                List.of(new FieldViolation(field, code, message)), null);
    }

    public static ApiException invalid(List<FieldViolation> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "validation-failed", "The request has invalid fields.",
                errors, null);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, code, detail);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, code, detail);
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, code, detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, detail);
    }

    public static ApiException tooManyRequests(String code, String detail, Duration retryAfter) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, detail, List.of(), retryAfter);
    }

    /** Adds a property to the problem body, for what a client needs to take the next step. */
    public ApiException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public Map<String, Object> properties() {
        return properties;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
