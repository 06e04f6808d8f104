package org.vidya.identity.spi;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.UserId;

/**
 * The tenants a person belongs to, and with which roles. Identity asks it at sign-in and on a
 * tenant switch; the organization module answers.
 */
public interface MembershipDirectory {

    /** Every active membership of the person, across tenants. */
    List<MembershipGrant> membershipsOf(UserId user);

    /**
     * Makes a newly registered person a learner of the tenant named by its slug (the public
     * tenant when {@code null}), or refuses with a problem when that tenant does not take
     * self-registration.
     */
    MembershipGrant joinBySelfRegistration(UserId user, @Nullable String tenantSlug);
}
