package org.vidya.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vidya.platform.AccessTokenVerifier;
import org.vidya.platform.VidyaPrincipal;

/**
 * Ends a browser session whose person has since signed out everywhere, changed their
 * password, or been disabled: the session principal carries the token version it was issued
 * with, and a newer version in the database wins.
 */
final class SessionPrincipalFilter extends OncePerRequestFilter {

    private final AccessTokenVerifier tokens;

    SessionPrincipalFilter(AccessTokenVerifier tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VidyaPrincipal principal
                && !tokens.isCurrent(principal)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
