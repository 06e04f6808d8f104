package org.vidya.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.vidya.platform.ApiException;
import org.vidya.platform.web.ErrorCodeAttributes;
import org.vidya.platform.web.Problems;

import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problems from the security filters, where no controller advice reaches. */
@Component
class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader("HX-Request") != null
                || (accept != null && (accept.contains(MediaType.APPLICATION_JSON_VALUE)
                        || accept.contains(MediaType.APPLICATION_PROBLEM_JSON_VALUE)));
    }

    void authenticationRequired(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        write(request, response, ApiException.unauthorized("authentication-required",
                "Sign in, or send a valid access token."));
    }

    void accessDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        ApiException problem = exception instanceof org.springframework.security.web.csrf.CsrfException
                ? ApiException.forbidden("csrf-token-invalid",
                        "The form was missing its security token or it had expired. Reload the page and try again.")
                : ApiException.forbidden("access-denied", "You do not have permission to do this.");
        if (wantsProblem(request)) {
            write(request, response, problem);
        } else {
            // A person's browser: the error page, which explains an expired form in words.
            request.setAttribute(ErrorCodeAttributes.CODE, problem.code());
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    void write(HttpServletRequest request, HttpServletResponse response, ApiException exception) throws IOException {
        if (exception.status() == HttpStatus.UNAUTHORIZED) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        Problems.write(response, json, Problems.of(exception, request));
    }
}
