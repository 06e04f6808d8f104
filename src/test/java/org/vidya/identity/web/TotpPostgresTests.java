package org.vidya.identity.web;

import org.vidya.support.PostgresApiTest;

/** {@link TotpTests} on PostgreSQL. */
@PostgresApiTest
class TotpPostgresTests extends TotpTests {
}
