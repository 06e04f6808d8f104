package org.vidya.mastery.weekly;

import org.vidya.support.PostgresApiTest;

/** {@link WeeklyTestServiceTests} on PostgreSQL: the week's unique row under concurrent requests, and row-level security. */
@PostgresApiTest
class WeeklyTestServicePostgresTests extends WeeklyTestServiceTests {
}
