package org.vidya.assessment.web;

import org.vidya.support.PostgresApiTest;

/** {@link ItemBankApiTests} on PostgreSQL, with row-level security and the platform's banks read through it. */
@PostgresApiTest
class ItemBankApiPostgresTests extends ItemBankApiTests {
}
