package org.vidya.coursework.web;

import org.springframework.security.access.AccessDeniedException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;

/** Checks at the door of a page what the services behind it check again. */
final class PageAccess {

    private PageAccess() {
    }

    /** A 403 page unless the signed-in person has the permission. */
    static void require(Permission permission) {
        if (!CurrentUser.get().has(permission)) {
            throw new AccessDeniedException("Missing permission " + permission);
        }
    }
}
