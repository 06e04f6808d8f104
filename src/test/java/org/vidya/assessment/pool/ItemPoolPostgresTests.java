package org.vidya.assessment.pool;

import org.vidya.support.PostgresApiTest;

/** {@link ItemPoolTests} on PostgreSQL, with row-level security between tenants and the platform's banks. */
@PostgresApiTest
class ItemPoolPostgresTests extends ItemPoolTests {
}
