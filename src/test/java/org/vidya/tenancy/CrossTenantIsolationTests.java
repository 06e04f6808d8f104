package org.vidya.tenancy;

import org.vidya.support.ApiTest;

/** Tenant isolation on the embedded H2 database (Hibernate's tenant filter). */
@ApiTest
class CrossTenantIsolationTests extends CrossTenantIsolationContract {
}
