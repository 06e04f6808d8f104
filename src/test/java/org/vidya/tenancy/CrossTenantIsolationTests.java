package org.vidya.tenancy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Tenant isolation on the embedded H2 database (Hibernate's tenant filter). */
@SpringBootTest
@ActiveProfiles("test")
class CrossTenantIsolationTests extends CrossTenantIsolationContract {
}
