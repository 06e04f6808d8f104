package org.vidya.assessment.quiz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.platform.ApiException;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;

import tools.jackson.databind.JsonNode;

/**
 * Writes autosaves by group commit: requests put their saves on a queue and wait; a few writer
 * threads drain it, write what they took in one transaction per tenant (row-level security needs
 * the tenant set per transaction) with a JDBC batch, and only after the commit tell each request
 * how its save went. Nothing acknowledged is lost, and a burst of saves costs a few commits.
 *
 * <p>Each save is kept only when its client sequence is higher than the stored one, so retries and
 * saves that arrive out of order change nothing. The attempt's status, deadline and current
 * section are checked under a row lock shared with other saves and exclusive of submit, so no save
 * lands after its attempt was submitted.
 */
@Component
class AnswerWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AnswerWriter.class);
    static final int MAX_BATCH = 500;
    static final int QUEUE = 20_000;

    /** One save waiting for its commit. {@code stagesOf} maps a case item's part ids to their stage (1-based). */
    record Save(TenantId tenant, UUID attempt, String slot, int section, @Nullable JsonNode response, long seq,
            long timeSpentMillis, boolean flagged, @Nullable Map<String, Integer> stagesOf,
            CompletableFuture<Outcome> done) {
    }

    /** How a save went: kept ({@code applied}) or stale (a higher or equal sequence was stored). */
    record Outcome(boolean applied, Instant savedAt) {
    }

    private final BlockingQueue<Save> queue = new ArrayBlockingQueue<>(QUEUE);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AttemptProperties properties;
    private final Clock clock;
    private final boolean postgres;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    AnswerWriter(JdbcTemplate jdbc, TransactionTemplate transactions, AttemptProperties properties, Clock clock,
            DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** Queues a save; the future completes after its commit, or with the problem that refused it. */
    CompletableFuture<Outcome> offer(Save save) {
        if (!running || !queue.offer(save)) {
            save.done().completeExceptionally(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                    "Too many answers are being saved at once; try again in a moment."));
        }
        return save.done();
    }

    @Override
    public void start() {
        running = true;
        // H2 has no conditional upsert, so one writer keeps insert-or-update free of races there.
        int threads = postgres ? Math.max(1, properties.saveWriters()) : 1;
        for (int i = 0; i < threads; i++) {
            Thread writer = Thread.ofPlatform().daemon().name("answer-writer-" + i).start(this::drain);
            writers.add(writer);
        }
    }

    @Override
    public void stop() {
        running = false;
        writers.forEach(Thread::interrupt);
        for (Thread writer : writers) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writers.clear();
        List<Save> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(save -> save.done().completeExceptionally(new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                "shutting-down", "The server is restarting; your answer was not saved, send it again.")));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void drain() {
        List<Save> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Save first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                Map<TenantId, List<Save>> byTenant = new LinkedHashMap<>();
                batch.forEach(save -> byTenant.computeIfAbsent(save.tenant(), t -> new ArrayList<>()).add(save));
                byTenant.forEach(this::write);
            } catch (InterruptedException e) {
                if (!running) {
                    batch.forEach(save -> save.done().completeExceptionally(new ApiException(
                            HttpStatus.SERVICE_UNAVAILABLE, "shutting-down",
                            "The server is restarting; your answer was not saved, send it again.")));
                    return;
                }
            } catch (RuntimeException e) {
                log.error("Answer writer failed a batch", e);
                batch.forEach(save -> save.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    /** Writes one tenant's saves in one transaction; when that fails, each save alone, so one bad save fails only itself. */
    private void write(TenantId tenant, List<Save> saves) {
        Map<Save, Object> results = new HashMap<>();
        try {
            Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(status -> apply(saves, results)));
        } catch (RuntimeException e) {
            if (saves.size() > 1) {
                saves.forEach(save -> write(tenant, List.of(save)));
                return;
            }
            log.warn("Could not save an answer of attempt {}", saves.get(0).attempt(), e);
            saves.get(0).done().completeExceptionally(e);
            return;
        }
        // After the commit: only now is each save acknowledged.
        for (Save save : saves) {
            Object result = results.get(save);
            if (result instanceof Outcome outcome) {
                save.done().complete(outcome);
            } else if (result instanceof ApiException refused) {
                save.done().completeExceptionally(refused);
            } else {
                save.done().completeExceptionally(new IllegalStateException("save without a result"));
            }
        }
    }

    private record AttemptRow(AttemptStatus status, @Nullable Instant deadline, int currentSection,
            @Nullable Instant sectionDeadline) {
    }

    private void apply(List<Save> saves, Map<Save, Object> results) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, AttemptRow> attempts = lock(saves.get(0).tenant(), saves);
        List<Save> plain = new ArrayList<>();
        for (Save save : saves) {
            AttemptRow row = attempts.get(save.attempt());
            ApiException refused = row == null ? AttemptService.attemptNotFound() : refusal(row, save, now);
            if (refused != null) {
                results.put(save, refused);
            } else if (save.stagesOf() != null) {
                // Case items are checked against what is stored, so they are written one at a time.
                JsonNode stored = stored(save);
                if (stored != null && stageLocked(save.stagesOf(), stored, save.response())) {
                    results.put(save, ApiException.conflict("stage-locked",
                            "Earlier stages of this case are locked; their answers can no longer change."));
                } else {
                    results.put(save, new Outcome(upsert(List.of(save), now)[0], now));
                }
            } else {
                plain.add(save);
            }
        }
        if (!plain.isEmpty()) {
            boolean[] applied = upsert(plain, now);
            for (int i = 0; i < plain.size(); i++) {
                results.put(plain.get(i), new Outcome(applied[i], now));
            }
        }
    }

    private @Nullable ApiException refusal(AttemptRow row, Save save, Instant now) {
        if (row.status() != AttemptStatus.IN_PROGRESS) {
            return attemptClosed(row.status());
        }
        if (row.deadline() != null && now.isAfter(row.deadline().plus(properties.grace()))) {
            return deadlinePassed(row.deadline());
        }
        if (row.sectionDeadline() != null || row.currentSection() > 0) {
            if (save.section() != row.currentSection()
                    || row.sectionDeadline() != null && now.isAfter(row.sectionDeadline().plus(properties.grace()))) {
                return ApiException.conflict("section-closed",
                        "This section is closed; answers can only be saved in the current section.");
            }
        }
        return null;
    }

    static ApiException attemptClosed(AttemptStatus status) {
        return ApiException.conflict("attempt-closed", status == AttemptStatus.READY
                ? "This test has not been started yet." : "This attempt is no longer open; it was "
                        + Codes.of(status).replace('-', ' ') + ".").with("attemptStatus", Codes.of(status));
    }

    static ApiException deadlinePassed(Instant deadline) {
        return ApiException.conflict("deadline-passed", "The time for this test ended at " + deadline
                + "; answers sent after it can no longer be saved. Everything saved before then is kept.")
                .with("deadline", deadline.toString());
    }

    private Map<UUID, AttemptRow> lock(TenantId tenant, List<Save> saves) {
        List<UUID> ids = saves.stream().map(Save::attempt).distinct().sorted().toList();
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        Object[] args = new Object[ids.size() + 1];
        args[0] = tenant.value();
        for (int i = 0; i < ids.size(); i++) {
            args[i + 1] = ids.get(i);
        }
        Map<UUID, AttemptRow> rows = new HashMap<>();
        // Shared with other writers, exclusive of submit (which locks the row for update).
        jdbc.query("select id, status, deadline, current_section, section_deadline from assessment_attempt"
                + " where tenant_id = ? and id in (" + marks + ") order by id" + (postgres ? " for share" : " for update"),
                rs -> {
                    rows.put(rs.getObject(1, UUID.class), new AttemptRow(AttemptStatus.valueOf(rs.getString(2)),
                            instant(rs.getObject(3, OffsetDateTime.class)), rs.getInt(4),
                            instant(rs.getObject(5, OffsetDateTime.class))));
                }, args);
        return rows;
    }

    private @Nullable JsonNode stored(Save save) {
        List<String> found = jdbc.queryForList("select response from assessment_answer where attempt_id = ? and slot = ?",
                String.class, save.attempt(), save.slot());
        return found.isEmpty() || found.get(0) == null ? null : Json.read(found.get(0));
    }

    /**
     * Whether a case response changes what stages before the stored furthest stage said, or goes
     * back a stage: those stages are locked once the learner moved on.
     */
    static boolean stageLocked(Map<String, Integer> stagesOf, JsonNode stored, @Nullable JsonNode next) {
        int storedStage = Math.max(1, stored.path("stage").asInt(1));
        if (next == null || next.isNull()) {
            return storedStage > 1;
        }
        if (next.path("stage").asInt(1) < storedStage) {
            return true;
        }
        for (Map.Entry<String, Integer> part : stagesOf.entrySet()) {
            if (part.getValue() < storedStage) {
                JsonNode before = stored.path("parts").get(part.getKey());
                JsonNode after = next.path("parts").get(part.getKey());
                if (before == null ? after != null : !before.equals(after)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Inserts or updates each save where its sequence is higher; true where it was kept. */
    private boolean[] upsert(List<Save> saves, Instant now) {
        OffsetDateTime savedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        boolean[] applied = new boolean[saves.size()];
        if (postgres) {
            List<Object[]> rows = saves.stream().map(s -> new Object[] {s.tenant().value(), s.attempt(), s.slot(),
                    text(s.response()), s.seq(), s.flagged(), s.timeSpentMillis(), savedAt}).toList();
            int[] counts = jdbc.batchUpdate("""
                    insert into assessment_answer (tenant_id, attempt_id, slot, response, seq, flagged,
                        time_spent_millis, saved_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (attempt_id, slot) do update set response = excluded.response, seq = excluded.seq,
                        flagged = excluded.flagged, time_spent_millis = excluded.time_spent_millis,
                        saved_at = excluded.saved_at
                    where assessment_answer.seq < excluded.seq""", rows);
            for (int i = 0; i < counts.length; i++) {
                applied[i] = counts[i] > 0;
            }
            return applied;
        }
        for (int i = 0; i < saves.size(); i++) {
            Save s = saves.get(i);
            int updated = jdbc.update("""
                    update assessment_answer set response = ?, seq = ?, flagged = ?, time_spent_millis = ?, saved_at = ?
                    where attempt_id = ? and slot = ? and seq < ?""", text(s.response()), s.seq(), s.flagged(),
                    s.timeSpentMillis(), savedAt, s.attempt(), s.slot(), s.seq());
            if (updated == 0) {
                updated = jdbc.update("""
                        insert into assessment_answer (tenant_id, attempt_id, slot, response, seq, flagged,
                            time_spent_millis, saved_at)
                        select ?, ?, ?, ?, ?, ?, ?, ? where not exists
                            (select 1 from assessment_answer where attempt_id = ? and slot = ?)""",
                        s.tenant().value(), s.attempt(), s.slot(), text(s.response()), s.seq(), s.flagged(),
                        s.timeSpentMillis(), savedAt, s.attempt(), s.slot());
            }
            applied[i] = updated > 0;
        }
        return applied;
    }

    private static SqlParameterValue text(@Nullable JsonNode response) {
        return new SqlParameterValue(Types.VARCHAR, response == null || response.isNull() ? null : Json.write(response));
    }

    static @Nullable Instant instant(@Nullable OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
