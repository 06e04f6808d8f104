package org.vidya.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The principal of the current request, for services that act on someone's behalf. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<VidyaPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof VidyaPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static VidyaPrincipal get() {
        return find().orElseThrow(() -> ApiException.unauthorized("authentication-required",
                "Sign in to do this."));
    }

    /** The tenant the current person acts in; a 403 problem when they act outside any tenant. */
    public static TenantId tenant() {
        TenantId tenant = get().tenantId();
        if (tenant == null) {
            throw ApiException.forbidden("tenant-required", "Choose a school or organization first.");
        }
        return tenant;
    }

    public static UserId id() {
        return get().userId();
    }
}
