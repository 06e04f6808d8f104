package org.vidya.identity.web;

import org.vidya.support.PostgresApiTest;

/** {@link AuthTokensTests} on PostgreSQL. */
@PostgresApiTest
class AuthTokensPostgresTests extends AuthTokensTests {
}
