package org.vidya.assessment.grading;

import org.springframework.context.annotation.Import;
import org.vidya.support.PostgresApiTest;

/**
 * The grading API tests on PostgreSQL, with row-level security on every grading table: the
 * regrade after a key change and the item statistics read every tenant's rows as root.
 */
@PostgresApiTest
@Import(GradingTestConfiguration.class)
class GradingApiPostgresTests extends GradingApiTests {
}
