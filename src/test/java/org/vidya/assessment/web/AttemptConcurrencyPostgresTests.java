package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link AttemptConcurrencyTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class AttemptConcurrencyPostgresTests extends AttemptConcurrencyTests {
}
