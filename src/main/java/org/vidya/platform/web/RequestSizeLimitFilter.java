package org.vidya.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.WebProperties;

import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Refuses bodies larger than the limit before anything reads them: JSON and form bodies
 * have a small limit, uploads (multipart, or a file sent as the raw body) a larger one set by
 * the multipart configuration.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final WebProperties properties;
    private final JsonMapper json;

    RequestSizeLimitFilter(WebProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = multipart || isFile(contentType) ? properties.maxUploadBytes() : properties.maxBodyBytes();
        long length = request.getContentLengthLong();
        if (length > limit) {
            Problems.write(response, json, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
                    "The request body is " + length + " bytes; the limit is " + limit + " bytes.",
                    List.<FieldViolation>of(), request));
            return;
        }
        chain.doFilter(length < 0 && !multipart ? new LimitedBodyRequest(request, limit) : request, response);
    }

    /** A raw file sent as the body (text/csv, application/xml, ...): anything but JSON and form fields. */
    private static boolean isFile(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase();
        return !type.contains("json") && !type.startsWith("application/x-www-form-urlencoded");
    }
}
