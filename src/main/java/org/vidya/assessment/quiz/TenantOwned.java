package org.vidya.assessment.quiz;

import java.util.UUID;

import org.vidya.platform.ApiException;
import org.vidya.platform.Tenancy;

/** The tenant new rows belong to: always the current one, never one a caller names. */
final class TenantOwned {

    private TenantOwned() {
    }

    static UUID currentTenant() {
        return Tenancy.current().orElseThrow(() -> ApiException.forbidden("tenant-required",
                "Choose a school or organization first.")).value();
    }
}
