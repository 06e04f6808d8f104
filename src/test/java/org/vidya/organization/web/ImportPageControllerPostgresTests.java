package org.vidya.organization.web;

import org.vidya.support.PostgresApiTest;

/** {@link ImportPageControllerTests} on PostgreSQL. */
@PostgresApiTest
class ImportPageControllerPostgresTests extends ImportPageControllerTests {
}
