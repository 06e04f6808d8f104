package org.vidya.organization.web;

import org.vidya.support.PostgresApiTest;

/** {@link TenantIsolationTests} on PostgreSQL. */
@PostgresApiTest
class TenantIsolationPostgresTests extends TenantIsolationTests {
}
