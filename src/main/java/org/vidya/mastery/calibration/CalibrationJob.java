package org.vidya.mastery.calibration;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.MasteryProperties;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;

/**
 * Re-estimates item parameters every {@code vidya.mastery.calibration-interval} from the last
 * year of graded answers ({@link ItemCalibration}) and writes them to the bank through
 * {@link ItemPool#calibrate}. Only one node runs it at a time: it first moves the
 * {@code item-calibration} row of {@code mastery_job_lock} forward, which only succeeds once the
 * previous holder's lease has passed.
 */
@Component
class CalibrationJob {

    private static final Logger log = LoggerFactory.getLogger(CalibrationJob.class);
    static final String LOCK = "item-calibration";
    /** Discrimination is estimated from this many answers on (seed 004; fewer give unstable slopes). */
    static final int DISCRIMINATION_RESPONSES = 200;
    static final Duration WINDOW = Duration.ofDays(365);

    private final ResponseLogReader reader;
    private final ItemPool pool;
    private final MasteryProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final String node;
    private @Nullable ScheduledFuture<?> scheduled;

    CalibrationJob(ResponseLogReader reader, ItemPool pool, MasteryProperties properties, JdbcClient jdbc,
            TransactionTemplate transactions, TaskScheduler scheduler, Clock clock) {
        this.reader = reader;
        this.pool = pool;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.clock = clock;
        this.node = nodeName();
    }

    /** What one run did. */
    record Run(boolean ran, int responses, int calibrated) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        Duration interval = properties.calibrationInterval();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        scheduled = scheduler.scheduleWithFixedDelay(this::runQuietly, clock.instant().plus(interval), interval);
    }

    private void runQuietly() {
        try {
            Run run = run();
            if (run.ran()) {
                log.info("Item calibration: {} items from {} graded answers", run.calibrated(), run.responses());
            }
        } catch (RuntimeException e) {
            log.warn("Item calibration failed; the next run tries again", e);
        }
    }

    /** One run, when this node gets the lock and the response log exists. */
    Run run() {
        if (!reader.available() || !lock()) {
            return new Run(false, 0, 0);
        }
        Instant now = clock.instant();
        List<GradedResponse> responses = Tenancy.callAsRoot(() -> transactions.execute(status ->
                reader.since(now.minus(WINDOW))));
        int calibrated = calibrate(responses);
        return new Run(true, responses.size(), calibrated);
    }

    /** Estimates and stores the parameters of every item with enough answers; returns how many were stored. */
    int calibrate(List<GradedResponse> responses) {
        Map<UUID, Set<UUID>> tenantsOfItem = new HashMap<>();
        Map<UUID, Integer> counts = new HashMap<>();
        for (GradedResponse r : responses) {
            tenantsOfItem.computeIfAbsent(r.item(), k -> new HashSet<>()).add(r.tenant());
            counts.merge(r.item(), 1, Integer::sum);
        }
        Map<UUID, ItemCalibration.Start> start = new HashMap<>();
        for (Map.Entry<UUID, Set<UUID>> entry : tenantsOfItem.entrySet()) {
            if (counts.get(entry.getKey()) < properties.calibrationMinResponses()) {
                continue;
            }
            // Read as a tenant whose learners answered it: that tenant sees its own items and the platform's.
            UUID tenant = entry.getValue().iterator().next();
            List<PoolItem> found = Tenancy.callAs(new TenantId(tenant),
                    () -> pool.items(List.of(new ItemId(entry.getKey()))));
            found.forEach(item -> start.put(item.id().value(), new ItemCalibration.Start(item.a(), item.b(),
                    item.c())));
        }
        List<GradedResponse> known = new ArrayList<>(responses.size());
        responses.stream().filter(r -> start.containsKey(r.item()) || counts.get(r.item())
                < properties.calibrationMinResponses()).forEach(known::add);
        int stored = 0;
        for (ItemCalibration.Estimate estimate : new ItemCalibration(properties.calibrationMinResponses(),
                DISCRIMINATION_RESPONSES).estimate(known, start)) {
            if (!start.containsKey(estimate.item())) {
                continue;
            }
            ItemId item = new ItemId(estimate.item());
            // The owner is the answering tenant or the platform; calibrate changes only its owner's row.
            for (UUID tenant : tenantsOfItem.get(estimate.item())) {
                Tenancy.runAs(new TenantId(tenant), () -> pool.calibrate(item, estimate.a(), estimate.b(),
                        estimate.c(), estimate.responses()));
            }
            Tenancy.runAs(TenantId.PLATFORM, () -> pool.calibrate(item, estimate.a(), estimate.b(), estimate.c(),
                    estimate.responses()));
            stored++;
        }
        return stored;
    }

    /** Takes the lease for one interval when the previous one has passed. */
    boolean lock() {
        Instant now = clock.instant();
        Integer taken = Tenancy.callAsRoot(() -> transactions.execute(status -> jdbc.sql("update mastery_job_lock"
                + " set locked_until = :until, locked_by = :node where name = :name and locked_until < :now")
                .param("until", Timestamp.from(now.plus(properties.calibrationInterval())))
                .param("node", node).param("name", LOCK).param("now", Timestamp.from(now)).update()));
        return taken != null && taken == 1;
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.io.IOException e) {
            return "node/" + ProcessHandle.current().pid();
        }
    }
}
