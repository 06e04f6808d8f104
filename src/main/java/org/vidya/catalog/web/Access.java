package org.vidya.catalog.web;

import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Permission;

/**
 * Permission checks that must happen before a request's body is read (uploads, imports), or
 * for reads served by the catalog's module API, which other modules call without a person.
 */
final class Access {

    private Access() {
    }

    static void require(Permission permission) {
        if (!CurrentUser.get().has(permission)) {
            throw ApiException.forbidden("access-denied", "You do not have permission to do this.");
        }
    }
}
