package org.vidya.learning.web;

import org.vidya.support.PostgresApiTest;

/** {@link DoubleEnrollTests} on PostgreSQL. */
@PostgresApiTest
class DoubleEnrollPostgresTests extends DoubleEnrollTests {
}
