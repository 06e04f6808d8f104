package org.vidya.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vidya.platform.AccessTokenVerifier;
import org.vidya.platform.ApiException;
import org.vidya.platform.VidyaPrincipal;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer <access token>}. A token that
 * is present but not valid is refused at once with a 401 problem, even on public routes, so
 * that a client never mistakes a bad token for anonymity.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final AccessTokenVerifier tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(AccessTokenVerifier tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() > 8192) {
            problems.write(request, response, ApiException.unauthorized("invalid-token",
                    "The Authorization header must be 'Bearer <access token>'."));
            return;
        }
        VidyaPrincipal principal;
        try {
            principal = tokens.verify(header.substring(7).trim());
        } catch (ApiException e) {
            problems.write(request, response, e);
            return;
        } catch (org.springframework.dao.TransientDataAccessException
                | org.springframework.transaction.CannotCreateTransactionException e) {
            // The database is saturated or away for a moment: a retry will do, a 500 would not say so.
            problems.write(request, response, new ApiException(org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE,
                    "try-again", "The server is busy. Try again in a moment.", java.util.List.of(),
                    java.time.Duration.ofSeconds(1)));
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
