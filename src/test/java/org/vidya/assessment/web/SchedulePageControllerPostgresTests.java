package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link SchedulePageControllerTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class SchedulePageControllerPostgresTests extends SchedulePageControllerTests {
}
