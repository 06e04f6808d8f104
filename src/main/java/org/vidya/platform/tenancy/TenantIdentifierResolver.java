package org.vidya.platform.tenancy;

import java.util.Map;
import java.util.UUID;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;
import org.vidya.platform.Tenancy;

/**
 * Feeds {@link Tenancy} to Hibernate's tenant filter ({@code @TenantId} columns). Root work,
 * and every session when the filter is switched off to test row-level security alone, sees
 * all tenants; a thread without a tenant sees none.
 */
@Component
class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<UUID>, HibernatePropertiesCustomizer {

    static final UUID ROOT = new UUID(-1L, -1L);
    static final UUID NONE = new UUID(0L, 1L);

    private final TenancyProperties properties;

    TenantIdentifierResolver(TenancyProperties properties) {
        this.properties = properties;
    }

    @Override
    public UUID resolveCurrentTenantIdentifier() {
        if (!properties.hibernateFilter() || Tenancy.isRoot()) {
            return ROOT;
        }
        return Tenancy.current().map(t -> t.value()).orElse(NONE);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return false;
    }

    @Override
    public boolean isRoot(UUID tenantId) {
        return ROOT.equals(tenantId);
    }

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
    }
}
