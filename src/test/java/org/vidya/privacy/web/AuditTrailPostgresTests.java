package org.vidya.privacy.web;

import org.vidya.support.PostgresApiTest;

/** {@link AuditTrailTests} on PostgreSQL. */
@PostgresApiTest
class AuditTrailPostgresTests extends AuditTrailTests {
}
