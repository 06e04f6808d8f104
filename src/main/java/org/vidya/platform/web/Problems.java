package org.vidya.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.vidya.platform.ApiException;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.json.JsonMapper;

/** Builds the one problem shape every error of Vidya has. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ApiException exception, HttpServletRequest request) {
        ProblemDetail problem = of(exception.status(), exception.code(), exception.getMessage(), exception.errors(),
                request);
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Writes a problem straight to the response, for filters that answer before any controller. */
    public static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail of(HttpStatus status, String code, String detail, List<FieldViolation> errors,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:vidya:problem:" + code));
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("requestId", requestId);
        }
        return problem;
    }
}
