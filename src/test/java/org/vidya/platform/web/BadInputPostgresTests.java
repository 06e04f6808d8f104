package org.vidya.platform.web;

import org.vidya.support.PostgresApiTest;

/** {@link BadInputTests} on PostgreSQL. */
@PostgresApiTest
class BadInputPostgresTests extends BadInputTests {
}
