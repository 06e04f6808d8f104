package org.vidya.platform.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of a controller into an RFC 9457 problem with a stable code. Nothing
 * of the server's insides (stack traces, SQL, class names) leaves it.
 */
@RestControllerAdvice
class ProblemExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @ExceptionHandler(ApiException.class)
    Object api(ApiException e, HttpServletRequest request) {
        if (wantsPage(request)) {
            // A person's browser asked for a page: show the error page, not JSON.
            ModelAndView page = new ModelAndView("error");
            page.setStatus(e.status());
            page.addObject("status", e.status().value());
            page.addObject("code", e.code());
            page.addObject("detail", e.getMessage());
            return page;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
        }
        if (e.status() == HttpStatus.UNAUTHORIZED) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(Problems.of(e, request));
    }

    @ExceptionHandler(org.springframework.web.bind.MethodArgumentNotValidException.class)
    Object invalid(org.springframework.web.bind.MethodArgumentNotValidException e,
            HttpServletRequest request) {
        return bindingErrors(e, request);
    }

    @ExceptionHandler(BindException.class)
    Object bindingErrors(BindException e, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        e.getFieldErrors().forEach(f -> errors.add(new FieldViolation(f.getField(), codeOf(f.getCode()),
                f.isBindingFailure() ? "has the wrong type" : f.getDefaultMessage())));
        e.getGlobalErrors().forEach(g -> errors.add(new FieldViolation(g.getObjectName(), codeOf(g.getCode()),
                g.getDefaultMessage())));
        return problem(ApiException.invalid(errors), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldViolation> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                errors.add(new FieldViolation(result.getMethodParameter().getParameterName(),
                        codeOf(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
                        error.getDefaultMessage()))));
        return problem(ApiException.invalid(errors), request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    Object constraintViolations(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(leaf(v.getPropertyPath().toString()),
                        codeOf(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        v.getMessage()))
                .collect(Collectors.toList());
        return problem(ApiException.invalid(errors), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(ApiException.invalid(path(unknown), "unknown-field",
                    "is not a field of this request"), request);
        }
        if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
            JacksonException jackson = (JacksonException) cause;
            String field = path(jackson);
            if (!field.isEmpty()) {
                return problem(ApiException.invalid(field, "wrong-type", "has the wrong type or format"), request);
            }
        }
        if (cause instanceof LimitedBodyRequest.BodyTooLargeException
                || (cause != null && cause.getCause() instanceof LimitedBodyRequest.BodyTooLargeException)) {
            return problem(new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body is too large."), request);
        }
        return problem(ApiException.badRequest("malformed-body",
                "The request body is missing or is not valid JSON for this request."), request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return problem(ApiException.invalid(e.getName(), "wrong-type", "has the wrong type or format"), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missingParameter(MissingServletRequestParameterException e,
            HttpServletRequest request) {
        return problem(ApiException.invalid(e.getParameterName(), "required", "is required"), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return problem(ApiException.invalid(e.getRequestPartName(), "required", "is required"), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    Object missingHeader(MissingRequestHeaderException e, HttpServletRequest request) {
        return problem(ApiException.invalid(e.getHeaderName(), "required", "header is required"), request);
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class})
    Object uploadTooLarge(Exception e, HttpServletRequest request) {
        return problem(new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                "The upload is larger than allowed."), request);
    }

    @ExceptionHandler(MultipartException.class)
    Object badMultipart(MultipartException e, HttpServletRequest request) {
        return problem(ApiException.badRequest("malformed-body", "The upload could not be read."), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return problem(new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                "This address does not accept " + e.getMethod() + "."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return problem(new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Send this request as " + e.getSupportedMediaTypes() + "."), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return problem(new ApiException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                "This address cannot answer in the requested format."), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request) {
        return problem(ApiException.notFound("not-found", "There is nothing at this address."), request);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    Object denied(Exception e, HttpServletRequest request) {
        return problem(ApiException.forbidden("access-denied", "You do not have permission to do this."), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request) {
        return problem(ApiException.unauthorized("authentication-required", "Sign in to do this."), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object concurrent(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(ApiException.conflict("concurrent-update",
                "Someone changed this at the same time. Reload and try again."), request);
    }

    // A lock wait that timed out or a deadlock the database broke: nothing was written, and the
    // same request is likely to succeed a moment later.
    @ExceptionHandler(TransientDataAccessException.class)
    Object transientFailure(TransientDataAccessException e, HttpServletRequest request) {
        log.warn("Transient database failure on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return problem(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "try-again",
                "Many people are doing this at once. Nothing was saved; try again in a moment.", List.of(),
                Duration.ofSeconds(1)), request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("Refused a write that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
        return problem(ApiException.conflict("conflict",
                "This conflicts with something that already exists."), request);
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return problem(new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "Something went wrong on our side. The request id helps us find out what."), request);
    }

    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("HX-Request") == null
                && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private Object problem(ApiException e, HttpServletRequest request) {
        return api(e, request);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Bean Validation constraint names become stable kebab-case codes: NotBlank → not-blank. */
    static String codeOf(String constraint) {
        if (constraint == null || constraint.isBlank()) {
            return "invalid";
        }
        return constraint.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
