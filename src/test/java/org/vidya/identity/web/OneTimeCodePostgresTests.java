package org.vidya.identity.web;

import org.vidya.support.PostgresApiTest;

/** {@link OneTimeCodeTests} on PostgreSQL. */
@PostgresApiTest
class OneTimeCodePostgresTests extends OneTimeCodeTests {
}
