package org.vidya.learning.web;

import org.vidya.support.PostgresApiTest;

/** {@link ProgressApiTests} on PostgreSQL. */
@PostgresApiTest
class ProgressApiPostgresTests extends ProgressApiTests {
}
