package org.vidya.assessment.quiz;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;

/**
 * Deadlines reached with the page closed: in-progress attempts whose deadline and grace have
 * passed are submitted with what was saved ({@code automatic}), and a benchmark's attempts nobody
 * started are abandoned once the window closes. Safe on several nodes: each submit locks its
 * attempt and re-checks it, and abandoning is one conditional update.
 */
@Component
class AttemptDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AttemptDeadlines.class);

    private final AttemptService attempts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AttemptProperties properties;
    private final Clock clock;

    AttemptDeadlines(AttemptService attempts, JdbcTemplate jdbc, TransactionTemplate transactions,
            AttemptProperties properties, Clock clock) {
        this.attempts = attempts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    record Overdue(UUID attempt, TenantId tenant) {
    }

    @Scheduled(fixedDelayString = "${vidya.assessment.auto-submit-interval:PT15S}",
            initialDelayString = "${vidya.assessment.auto-submit-interval:PT15S}")
    void run() {
        submitOverdue();
        abandonUnstarted();
    }

    /** Submits every overdue attempt; returns how many. */
    int submitOverdue() {
        OffsetDateTime cutoff = OffsetDateTime.ofInstant(clock.instant().minus(properties.grace()), ZoneOffset.UTC);
        List<Overdue> overdue = Tenancy.callAsRoot(() -> transactions.execute(status -> jdbc.query(
                "select id, tenant_id from assessment_attempt where status = 'IN_PROGRESS' and deadline < ?"
                        + " order by deadline fetch first 500 rows only",
                (rs, row) -> new Overdue(rs.getObject(1, UUID.class), new TenantId(rs.getObject(2, UUID.class))),
                cutoff)));
        int submitted = 0;
        for (Overdue o : overdue) {
            try {
                if (Tenancy.callAs(o.tenant(), () -> attempts.submitOverdue(o.attempt()))) {
                    submitted++;
                }
            } catch (RuntimeException e) {
                log.warn("Could not submit overdue attempt {}", o.attempt(), e);
            }
        }
        return submitted;
    }

    /** Marks ready attempts of closed windows abandoned; returns how many. */
    int abandonUnstarted() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Tenancy.callAsRoot(() -> transactions.execute(status -> jdbc.update(
                "update assessment_attempt set status = 'ABANDONED' where status = 'READY' and schedule_id in"
                        + " (select id from assessment_schedule where closes_at <= ?)", now)));
    }
}
