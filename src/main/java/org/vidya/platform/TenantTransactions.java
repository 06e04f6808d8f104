package org.vidya.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work as a given tenant. A Hibernate session's tenant is fixed when it opens, so work for
 * a tenant other than the thread's current one (platform-wide courses and item banks, read by a
 * tenant; a platform admin's authoring) gets a transaction, and so a session, of its own.
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate read;
    private final TransactionTemplate write;
    private final TransactionTemplate separateRead;
    private final TransactionTemplate separateWrite;

    public TenantTransactions(PlatformTransactionManager transactions) {
        this.read = template(transactions, TransactionDefinition.PROPAGATION_REQUIRED, true);
        this.write = template(transactions, TransactionDefinition.PROPAGATION_REQUIRED, false);
        this.separateRead = template(transactions, TransactionDefinition.PROPAGATION_REQUIRES_NEW, true);
        this.separateWrite = template(transactions, TransactionDefinition.PROPAGATION_REQUIRES_NEW, false);
    }

    public <T> T read(TenantId tenant, Supplier<T> work) {
        if (isCurrent(tenant)) {
            return read.execute(status -> work.get());
        }
        return Tenancy.callAs(tenant, () -> separateRead.execute(status -> work.get()));
    }

    public <T> T write(TenantId tenant, Supplier<T> work) {
        if (isCurrent(tenant)) {
            return write.execute(status -> work.get());
        }
        return Tenancy.callAs(tenant, () -> separateWrite.execute(status -> work.get()));
    }

    private static boolean isCurrent(TenantId tenant) {
        return Tenancy.current().equals(Optional.of(tenant));
    }

    private static TransactionTemplate template(PlatformTransactionManager transactions, int propagation,
            boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(propagation);
        template.setReadOnly(readOnly);
        return template;
    }
}
