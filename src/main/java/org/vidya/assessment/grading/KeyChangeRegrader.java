package org.vidya.assessment.grading;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ItemKeyChange;
import org.vidya.platform.Tenancy;

/**
 * Regrades the attempts that used an item when its key changes. It listens after the bank's edit
 * commits (Modulith's publication registry keeps the event until this completes, so a crash
 * in between leaves it to be resubmitted), and runs across tenants: an item of a platform bank
 * is used by many. The attempts take the new body, then every affected result is recomputed and
 * {@code AttemptGraded} published again with {@code regrade = true}.
 */
@Component
class KeyChangeRegrader {

    private static final Logger log = LoggerFactory.getLogger(KeyChangeRegrader.class);

    private final AttemptLedger ledger;
    private final AttemptGrader grading;
    private final TransactionTemplate transaction;

    KeyChangeRegrader(@Lazy AttemptLedger ledger, AttemptGrader grading, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.grading = grading;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void on(ItemKeyChange change) {
        // Root is bound before the transaction starts, so PostgreSQL's row-level security sees it.
        Tenancy.runAsRoot(() -> transaction.executeWithoutResult(status -> {
            List<AttemptId> attempts = ledger.replaceItemBody(change);
            for (AttemptId attempt : attempts) {
                grading.regrade(attempt);
            }
            log.info("Item {} version {} changed its key: {} attempts regraded", change.item(), change.version(),
                    attempts.size());
        }));
    }
}
