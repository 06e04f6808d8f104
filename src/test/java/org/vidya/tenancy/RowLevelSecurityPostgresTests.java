package org.vidya.tenancy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.vidya.platform.tenancy.RowLevelSecurity;
import org.vidya.support.PostgresApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tenant isolation on PostgreSQL with Hibernate's tenant filter switched off: whatever holds
 * here is held by row-level security alone.
 */
@PostgresApiTest
@TestPropertySource(properties = "vidya.tenancy.hibernate-filter=false")
class RowLevelSecurityPostgresTests extends CrossTenantIsolationContract {

    @Autowired RowLevelSecurity rowLevelSecurity;

    @Test
    void rowLevelSecurityIsEnforced() {
        assertThat(rowLevelSecurity.isActive()).isTrue();
        assertThat(jdbc.queryForList("select relname from pg_class where relrowsecurity and relforcerowsecurity"
                + " and relname like 'organization_%'", String.class))
                .contains("organization_membership", "organization_class", "organization_invitation");
    }
}
