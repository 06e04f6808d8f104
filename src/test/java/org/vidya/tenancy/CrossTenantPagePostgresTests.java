package org.vidya.tenancy;

import org.vidya.support.PostgresApiTest;

/** {@link CrossTenantPageTests} on PostgreSQL. */
@PostgresApiTest
class CrossTenantPagePostgresTests extends CrossTenantPageTests {
}
