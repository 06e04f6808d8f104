package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vidya.assessment.ScheduleId;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each schedule's cohort standings (total and per section), built from its results and kept
 * until a result of that schedule changes. A change drops the entry at once and again after
 * its transaction commits, so the next read rebuilds from committed rows; entries also expire
 * after a short time, so a node that missed another node's change catches up.
 */
@Component
class StandingCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);

    private final ResultRecords results;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Key, AtomicLong> generations = new ConcurrentHashMap<>();

    StandingCache(ResultRecords results, JsonMapper json, Clock clock) {
        this.results = results;
        this.json = json;
        this.clock = clock;
    }

    private record Key(UUID schedule) {
    }

    private record Entry(Standings standings, Instant builtAt) {
    }

    /**
     * A cohort's indexes: one entry per learner (their best attempt), the total and every section.
     * {@code ranked} maps each ranked attempt id to its learner.
     */
    record Standings(PercentileIndex total, List<PercentileIndex> sections, Map<UUID, UserId> ranked) {
    }

    void changed(@Nullable ScheduleId schedule) {
        if (schedule == null) {
            return;
        }
        Key key = key(schedule);
        drop(key);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    drop(key);
                }
            });
        }
    }

    private void drop(Key key) {
        generations.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        entries.remove(key);
    }

    Standings of(ScheduleId schedule) {
        Key key = key(schedule);
        Instant now = clock.instant();
        Entry entry = entries.get(key);
        if (entry != null && entry.builtAt().plus(TIME_TO_LIVE).isAfter(now)) {
            return entry.standings();
        }
        long generation = generations.computeIfAbsent(key, k -> new AtomicLong()).get();
        Standings built = build(schedule);
        // A change while building leaves the entry out, so the next read builds again.
        if (generations.get(key).get() == generation) {
            entries.put(key, new Entry(built, now));
        }
        return built;
    }

    private Standings build(ScheduleId schedule) {
        Map<UUID, ResultRecord> best = new HashMap<>();
        for (ResultRecord result : results.findByScheduleId(schedule.value())) {
            best.merge(result.learner().value(), result, (a, b) -> b.score().compareTo(a.score()) > 0 ? b : a);
        }
        List<ResultRecord> cohort = new ArrayList<>(best.values());
        long[] totals = new long[cohort.size()];
        List<long[]> sectionScores = new ArrayList<>();
        Map<UUID, UserId> ranked = new HashMap<>();
        for (int i = 0; i < cohort.size(); i++) {
            ResultRecord result = cohort.get(i);
            totals[i] = PercentileIndex.hundredths(result.score());
            ranked.put(result.attempt().value(), result.learner());
            JsonNode sections = json.readTree(result.sections());
            for (int s = 0; s < sections.size(); s++) {
                while (sectionScores.size() <= s) {
                    sectionScores.add(new long[cohort.size()]);
                }
                sectionScores.get(s)[i] = PercentileIndex.hundredths(sections.get(s).get("score").decimalValue());
            }
        }
        return new Standings(PercentileIndex.of(totals), sectionScores.stream().map(PercentileIndex::of).toList(),
                ranked);
    }

    // Schedule ids are unique across tenants, and callers read standings only after checking
    // access to the schedule, so the id alone is the key (a regrade running for every tenant
    // drops the right entry).
    private static Key key(ScheduleId schedule) {
        return new Key(schedule.value());
    }
}
