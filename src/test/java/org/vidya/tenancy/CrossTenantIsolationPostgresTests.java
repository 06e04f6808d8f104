package org.vidya.tenancy;

import org.vidya.support.PostgresApiTest;

/** Tenant isolation on PostgreSQL: Hibernate's tenant filter and row-level security together. */
@PostgresApiTest
class CrossTenantIsolationPostgresTests extends CrossTenantIsolationContract {
}
