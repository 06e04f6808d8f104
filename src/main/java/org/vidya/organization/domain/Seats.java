package org.vidya.organization.domain;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.vidya.platform.ApiException;
import org.vidya.platform.TenantId;

/** Enforces a tenant's seat limit: active members may not outnumber the seats bought. */
@Component
public class Seats {

    private final Tenants tenants;
    private final Memberships memberships;

    Seats(Tenants tenants, Memberships memberships) {
        this.tenants = tenants;
        this.memberships = memberships;
    }

    public void checkFree(TenantId tenant, int wanted) {
        Tenant t = tenants.findById(tenant.value()).orElseThrow();
        Integer limit = t.seatLimit();
        if (limit == null) {
            return;
        }
        long used = memberships.countByTenantIdAndStatus(tenant.value(), Membership.Status.ACTIVE);
        if (used + wanted > limit) {
            throw ApiException.conflict("seat-limit-reached", "This organization has used " + used + " of its "
                    + limit + " seats. Free a seat or raise the limit first.")
                    .with("seatLimit", limit).with("seatsUsed", used);
        }
    }

    public long used(UUID tenant) {
        return memberships.countByTenantIdAndStatus(tenant, Membership.Status.ACTIVE);
    }
}
