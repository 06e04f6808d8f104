package org.vidya.assessment.grading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.assessment.spi.Outcome;
import org.vidya.platform.text.Markdown;

import tools.jackson.databind.JsonNode;

/**
 * Classical item analysis of a schedule's cohort (each learner's ranked attempt), per item in
 * paper order: exposures, facility (mean credit earned, 0..1), discrimination (point-biserial
 * correlation of the item's credit with the rest score: the attempt's marks without this item),
 * and for choice items the share of takers who chose each option.
 */
@Service
public class ItemAnalysis {

    private final ResultRecords results;
    private final ItemScoreRecords itemScores;
    private final ResultAccess access;
    private final StandingCache standings;
    private final AttemptLedger ledger;
    private final ItemStatistics statistics;

    ItemAnalysis(ResultRecords results, ItemScoreRecords itemScores, ResultAccess access, StandingCache standings,
            @Lazy AttemptLedger ledger, ItemStatistics statistics) {
        this.results = results;
        this.itemScores = itemScores;
        this.access = access;
        this.standings = standings;
        this.ledger = ledger;
        this.statistics = statistics;
    }

    /** How many items had their statistics written back to the bank. */
    public record Recorded(int items) {
    }

    /**
     * Writes the statistics of this schedule's items back to the bank now, computed over every use
     * of each item (the nightly job does the same for all items).
     */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    public Recorded recordStatistics(ScheduleId schedule) {
        access.cohort(schedule);
        List<UUID> attempts = results.findByScheduleId(schedule.value()).stream().map(r -> r.attempt().value())
                .toList();
        List<ItemId> items = attempts.isEmpty() ? List.of()
                : itemScores.findByAttemptIdIn(attempts).stream().map(ItemScoreRecord::item).distinct().toList();
        return new Recorded(statistics.refresh(items));
    }

    public record Report(UUID schedule, String quizTitle, int takers, List<ItemRow> items) {
    }

    /** One item; {@code discrimination} is null with fewer than three scored takers or no spread. */
    public record ItemRow(String slot, UUID item, String type, long exposures, double facility,
            @Nullable Double discrimination, List<OptionRate> options) {
    }

    /** An option of a choice item, its text (sanitized HTML) and the share of the item's takers who chose it. */
    public record OptionRate(String id, String text, boolean key, double rate) {
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public Report of(ScheduleId schedule) {
        ResultPolicy policy = access.cohort(schedule);
        StandingCache.Standings cohort = standings.of(schedule);
        List<ResultRecord> ranked = results.findByScheduleId(schedule.value()).stream()
                .filter(r -> cohort.ranked().containsKey(r.attempt().value())).toList();
        Map<UUID, ResultRecord> byAttempt = new HashMap<>();
        ranked.forEach(r -> byAttempt.put(r.attempt().value(), r));
        Map<ItemId, Stats> stats = new LinkedHashMap<>();
        List<ItemScoreRecord> scores = byAttempt.isEmpty() ? List.of()
                : itemScores.findByAttemptIdIn(byAttempt.keySet());
        scores.stream()
                .sorted(java.util.Comparator.comparingInt((ItemScoreRecord r) -> ResultService.slotNumber(r.slot())))
                .forEach(s -> {
                    if (s.outcome() == Outcome.PENDING) {
                        return;
                    }
                    double total = byAttempt.get(s.attempt().value()).score().doubleValue();
                    stats.computeIfAbsent(s.item(), i -> new Stats(s.slot(), s.type()))
                            .add(Math.max(0, s.fraction()), total - s.score().doubleValue());
                });
        Map<ItemId, ChoiceCounts> choices = choiceCounts(ranked, stats);
        List<ItemRow> rows = new ArrayList<>();
        stats.forEach((item, s) -> {
            ChoiceCounts counts = choices.get(item);
            rows.add(new ItemRow(s.slot, item.value(), s.type, s.n, s.facility(), s.discrimination(),
                    counts == null ? List.of() : counts.rates()));
        });
        return new Report(schedule.value(), policy.quizTitle(), ranked.size(), rows);
    }

    private Map<ItemId, ChoiceCounts> choiceCounts(List<ResultRecord> ranked, Map<ItemId, Stats> stats) {
        Map<ItemId, ChoiceCounts> counts = new HashMap<>();
        for (ResultRecord result : ranked) {
            SubmittedAttempt attempt = ledger.submitted(new AttemptId(result.attempt().value()));
            for (AttemptKey.Slot slot : attempt.key().slots()) {
                // Single-choice and multiple-response items: the only bodies with options at the top.
                if (!slot.body().path("choices").isArray() || !stats.containsKey(slot.item())) {
                    continue;
                }
                ChoiceCounts c = counts.computeIfAbsent(slot.item(), i -> new ChoiceCounts(slot.body()));
                SavedAnswer answer = attempt.answers().get(slot.slot());
                c.add(answer == null ? null : answer.response());
            }
        }
        return counts;
    }

    /** Running sums for facility and the point-biserial correlation, in one pass. */
    static final class Stats {
        final String slot;
        final String type;
        long n;
        double sumX;
        double sumY;
        double sumXY;
        double sumXX;
        double sumYY;

        Stats(String slot, String type) {
            this.slot = slot;
            this.type = type;
        }

        void add(double credit, double rest) {
            n++;
            sumX += credit;
            sumY += rest;
            sumXY += credit * rest;
            sumXX += credit * credit;
            sumYY += rest * rest;
        }

        double facility() {
            return n == 0 ? 0 : sumX / n;
        }

        @Nullable Double discrimination() {
            if (n < 3) {
                return null;
            }
            double cov = n * sumXY - sumX * sumY;
            double varX = n * sumXX - sumX * sumX;
            double varY = n * sumYY - sumY * sumY;
            if (varX <= 1e-12 || varY <= 1e-12) {
                return null;
            }
            double r = cov / Math.sqrt(varX * varY);
            return Math.max(-1, Math.min(1, r));
        }
    }

    /** How often each option of a choice item was chosen, over the attempts that were shown it. */
    static final class ChoiceCounts {
        final Map<String, Long> chosen = new LinkedHashMap<>();
        final Map<String, String> texts = new LinkedHashMap<>();
        final Map<String, Boolean> keys = new LinkedHashMap<>();
        long shown;

        ChoiceCounts(JsonNode body) {
            for (JsonNode choice : body.path("choices")) {
                String id = choice.path("id").asString();
                chosen.put(id, 0L);
                texts.put(id, Markdown.render(choice.path("text").asString("")));
                keys.put(id, choice.path("fraction").asDouble() > 0);
            }
        }

        void add(@Nullable JsonNode response) {
            shown++;
            if (response == null || response.isNull()) {
                return;
            }
            if (response.hasNonNull("choice")) {
                chosen.computeIfPresent(response.get("choice").asString(), (k, v) -> v + 1);
            }
            for (JsonNode id : response.path("choices")) {
                chosen.computeIfPresent(id.asString(), (k, v) -> v + 1);
            }
        }

        List<OptionRate> rates() {
            return chosen.entrySet().stream().map(e -> new OptionRate(e.getKey(), texts.get(e.getKey()),
                    keys.get(e.getKey()), shown == 0 ? 0 : (double) e.getValue() / shown)).toList();
        }
    }
}
