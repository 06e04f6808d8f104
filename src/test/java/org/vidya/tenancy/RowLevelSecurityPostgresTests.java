package org.vidya.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vidya.platform.tenancy.RowLevelSecurity;
import org.vidya.support.PostgresDatabases;
import org.vidya.support.RequiresPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation on PostgreSQL with Hibernate's tenant filter switched off: whatever holds
 * here is held by row-level security alone.
 */
@SpringBootTest(properties = "vidya.tenancy.hibernate-filter=false")
@ActiveProfiles("test")
@RequiresPostgres
class RowLevelSecurityPostgresTests extends CrossTenantIsolationContract {

    @Autowired RowLevelSecurity rowLevelSecurity;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabases.register(registry);
    }

    @Test
    void rowLevelSecurityIsEnforced() {
        assertThat(rowLevelSecurity.isActive()).isTrue();
        assertThat(jdbc.queryForList("select relname from pg_class where relrowsecurity and relforcerowsecurity"
                + " and relname like 'organization_%'", String.class))
                .contains("organization_membership", "organization_class", "organization_invitation");
    }
}
