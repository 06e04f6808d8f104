package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link AttemptApiTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class AttemptApiPostgresTests extends AttemptApiTests {
}
