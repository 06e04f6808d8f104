package org.vidya.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;

/** Binds the signed-in person's current tenant to the request thread, and unbinds it after. */
final class TenantContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Tenancy.bind(CurrentUser.find().map(VidyaPrincipal::tenantId).orElse(null));
        try {
            chain.doFilter(request, response);
        } finally {
            Tenancy.clear();
        }
    }
}
