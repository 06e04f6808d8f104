package org.vidya.catalog.web;

import org.vidya.support.ApiTest;

/** Course visibility on the embedded H2 database (Hibernate's tenant filter). */
@ApiTest
class CatalogVisibilityTests extends CatalogVisibilityContract {
}
