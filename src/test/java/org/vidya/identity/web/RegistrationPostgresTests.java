package org.vidya.identity.web;

import org.vidya.support.PostgresApiTest;

/** {@link RegistrationTests} on PostgreSQL. */
@PostgresApiTest
class RegistrationPostgresTests extends RegistrationTests {
}
