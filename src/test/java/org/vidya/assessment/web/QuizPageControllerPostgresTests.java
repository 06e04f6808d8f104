package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link QuizPageControllerTests} on PostgreSQL, with row-level security. */
@PostgresApiTest
class QuizPageControllerPostgresTests extends QuizPageControllerTests {
}
