package org.vidya.coursework.web;

import org.vidya.support.PostgresApiTest;

/** {@link SubmissionApiTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class SubmissionApiPostgresTests extends SubmissionApiTests {
}
