package org.vidya.catalog.domain;

import java.util.UUID;

import org.vidya.platform.ApiException;
import org.vidya.platform.Tenancy;

/** The tenant new catalog rows belong to: always the current one (the platform for platform-wide content). */
final class CatalogTenant {

    private CatalogTenant() {
    }

    static UUID current() {
        return Tenancy.current().orElseThrow(() -> ApiException.forbidden("tenant-required",
                "Choose a school or organization first.")).value();
    }
}
