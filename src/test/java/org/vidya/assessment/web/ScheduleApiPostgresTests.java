package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link ScheduleApiTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class ScheduleApiPostgresTests extends ScheduleApiTests {
}
