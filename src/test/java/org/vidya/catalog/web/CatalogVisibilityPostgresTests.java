package org.vidya.catalog.web;

import org.vidya.support.PostgresApiTest;

/**
 * Course visibility on PostgreSQL: the platform's courses are read as the platform, in their own
 * transaction, so row-level security holds unchanged.
 */
@PostgresApiTest
class CatalogVisibilityPostgresTests extends CatalogVisibilityContract {
}
