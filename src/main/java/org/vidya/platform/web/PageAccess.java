package org.vidya.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;

/**
 * Checks at the door of a page what the services behind it check again, so that someone who
 * may read (a teacher reads members) still cannot open a page meant for those who manage.
 */
public final class PageAccess {

    private PageAccess() {
    }

    /** A 403 page (or problem, for htmx) unless the signed-in person has the permission. */
    public static void require(Permission permission) {
        if (!CurrentUser.get().has(permission)) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
    }

    /** Whether htmx sent the request, so that a fragment answers instead of a redirect. */
    public static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
