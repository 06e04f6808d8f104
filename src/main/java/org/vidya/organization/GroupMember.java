package org.vidya.organization;

import org.vidya.platform.UserId;

/** A person in a class or team, as other modules may show them. */
public record GroupMember(UserId userId, String displayName) {
}
