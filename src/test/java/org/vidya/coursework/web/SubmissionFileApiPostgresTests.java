package org.vidya.coursework.web;

import org.vidya.support.PostgresApiTest;

/** {@link SubmissionFileApiTests} on PostgreSQL: a refused or failed upload leaves no file and no row. */
@PostgresApiTest
class SubmissionFileApiPostgresTests extends SubmissionFileApiTests {
}
