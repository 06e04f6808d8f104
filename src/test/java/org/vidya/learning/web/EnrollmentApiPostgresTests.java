package org.vidya.learning.web;

import org.vidya.support.PostgresApiTest;

/** {@link EnrollmentApiTests} on PostgreSQL. */
@PostgresApiTest
class EnrollmentApiPostgresTests extends EnrollmentApiTests {
}
