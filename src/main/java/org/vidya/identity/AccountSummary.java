package org.vidya.identity;

import org.vidya.platform.UserId;

/** What other modules may know of an account. */
public record AccountSummary(UserId id, String email, String displayName, String status, boolean emailVerified,
        boolean totpEnabled) {
}
