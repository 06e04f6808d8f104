package org.vidya.coursework.web;

import org.vidya.support.PostgresApiTest;

/** {@link GradingApiTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class GradingApiPostgresTests extends GradingApiTests {
}
