package org.vidya.platform.tenancy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;

import org.hibernate.Session;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaVendorAdapter;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.TransactionDefinition;

/** Starts every JPA transaction by telling PostgreSQL which tenant it serves. */
@Configuration(proxyBeanMethods = false)
class TenancyJpaConfiguration {

    @Bean
    JpaVendorAdapter jpaVendorAdapter(RowLevelSecurity rowLevelSecurity) {
        HibernateJpaDialect dialect = new HibernateJpaDialect() {
            @Override
            public Object beginTransaction(EntityManager entityManager, TransactionDefinition definition)
                    throws SQLException {
                Object data = super.beginTransaction(entityManager, definition);
                if (rowLevelSecurity.isActive()) {
                    try {
                        entityManager.unwrap(Session.class).doWork(rowLevelSecurity::apply);
                    } catch (RuntimeException e) {
                        throw new PersistenceException("Could not set the tenant for this transaction", e);
                    }
                }
                return data;
            }
        };
        return new HibernateJpaVendorAdapter() {
            @Override
            public HibernateJpaDialect getJpaDialect() {
                return dialect;
            }
        };
    }
}
