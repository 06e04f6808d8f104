package org.vidya.identity.spi;

import java.util.Set;

import org.vidya.platform.Role;
import org.vidya.platform.TenantId;

/** A person's roles in one tenant. */
public record MembershipGrant(TenantId tenant, String tenantSlug, String tenantName, Set<Role> roles) {

    public MembershipGrant {
        roles = Set.copyOf(roles);
    }

    public boolean hasStaffRole() {
        return roles.stream().anyMatch(Role::isStaff);
    }
}
