package org.vidya.tenancy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vidya.support.PostgresDatabases;
import org.vidya.support.RequiresPostgres;

/** Tenant isolation on PostgreSQL: Hibernate's tenant filter and row-level security together. */
@SpringBootTest
@ActiveProfiles("test")
@RequiresPostgres
class CrossTenantIsolationPostgresTests extends CrossTenantIsolationContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.register(registry);
    }
}
