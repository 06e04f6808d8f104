package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link GradingPageControllerTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class GradingPageControllerPostgresTests extends GradingPageControllerTests {
}
