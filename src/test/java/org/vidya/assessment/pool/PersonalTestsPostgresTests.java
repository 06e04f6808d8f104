package org.vidya.assessment.pool;

import org.vidya.support.PostgresApiTest;

/** {@link PersonalTestsTests} on PostgreSQL, with row-level security between tenants and the platform's banks. */
@PostgresApiTest
class PersonalTestsPostgresTests extends PersonalTestsTests {
}
