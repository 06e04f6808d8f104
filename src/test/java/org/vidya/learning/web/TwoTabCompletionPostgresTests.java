package org.vidya.learning.web;

import org.vidya.support.PostgresApiTest;

/** {@link TwoTabCompletionTests} on PostgreSQL. */
@PostgresApiTest
class TwoTabCompletionPostgresTests extends TwoTabCompletionTests {
}
