package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link ItemImportApiTests} on PostgreSQL, with row-level security under the saved items. */
@PostgresApiTest
class ItemImportApiPostgresTests extends ItemImportApiTests {
}
