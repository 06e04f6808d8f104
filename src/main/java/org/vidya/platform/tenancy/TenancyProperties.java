package org.vidya.platform.tenancy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param hibernateFilter     apply Hibernate's tenant filter (off only to test row-level security alone)
 * @param rowLevelSecurity    on PostgreSQL, install and enforce row-level security policies
 * @param restrictedRole      role taken per transaction when the database user would bypass row-level security
 */
@ConfigurationProperties("vidya.tenancy")
record TenancyProperties(@DefaultValue("true") boolean hibernateFilter,
        @DefaultValue("true") boolean rowLevelSecurity,
        @DefaultValue("vidya_app") String restrictedRole) {
}
