package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.assessment.grading.AttemptResult.ConceptResult;
import org.vidya.assessment.grading.AttemptResult.ItemResult;
import org.vidya.assessment.grading.AttemptResult.SectionResult;
import org.vidya.assessment.grading.AttemptResult.Standing;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.text.Markdown;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results as learners and their teachers see them: one attempt's (with rank and percentile in its
 * cohort, and per-item detail once the test's feedback timing allows), and a schedule's cohort.
 * Staff reading a learner's result is written to the audit log.
 */
@Service
public class ResultService implements Results {

    private final ResultRecords results;
    private final ItemScoreRecords itemScores;
    private final ResultAccess access;
    private final AttemptLedger ledger;
    private final StandingCache standings;
    private final ObjectProvider<ItemCatalog> catalog;
    private final IdentityManagement identity;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    ResultService(ResultRecords results, ItemScoreRecords itemScores, ResultAccess access, @Lazy AttemptLedger ledger,
            StandingCache standings, ObjectProvider<ItemCatalog> catalog, IdentityManagement identity, AuditLog audit,
            JsonMapper json, Clock clock) {
        this.results = results;
        this.itemScores = itemScores;
        this.access = access;
        this.ledger = ledger;
        this.standings = standings;
        this.catalog = catalog;
        this.identity = identity;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** One row of a schedule's cohort, best attempt per learner, in rank order. */
    public record CohortRow(UUID attempt, UUID learner, String learnerName, BigDecimal score,
            BigDecimal maxScore, BigDecimal percentage, int rank, String percentile, boolean finalResult,
            List<BigDecimal> sectionScores, Instant submittedAt) {
    }

    /** A schedule's cohort with its section titles and whether ranks are still live. */
    public record Cohort(UUID schedule, String quizTitle, List<String> sections, boolean live,
            List<CohortRow> rows) {
    }

    @Override
    @PreAuthorize("hasAnyAuthority('TESTS_TAKE', 'TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public Optional<AttemptResult> of(AttemptId attempt) {
        VidyaPrincipal me = CurrentUser.get();
        ResultRecord result = results.findById(attempt.value()).orElse(null);
        if (result == null) {
            return Optional.empty();
        }
        ScheduleId schedule = result.schedule();
        ResultPolicy policy = (schedule != null ? ledger.policy(schedule) : ledger.policy(result.quiz()))
                .orElseThrow(ResultAccess::attemptNotFound);
        if (!access.mayRead(me, result.learner(), policy)) {
            throw ResultAccess.attemptNotFound();
        }
        boolean own = me.userId().equals(result.learner());
        if (!own) {
            audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "assessment.result-read",
                    "attempt", attempt.value(), "result of learner " + result.learner()));
        }
        return Optional.of(view(result, policy, own));
    }

    private AttemptResult view(ResultRecord result, ResultPolicy policy, boolean own) {
        Instant now = clock.instant();
        boolean live = policy.windowOpen(now);
        StandingCache.Standings cohort = result.schedule() == null ? null : standings.of(result.schedule());
        Standing standing = cohort == null ? null : standing(cohort.total(), result.score(), live);
        List<SectionResult> sections = new ArrayList<>();
        JsonNode sectionNodes = json.readTree(result.sections());
        for (int i = 0; i < sectionNodes.size(); i++) {
            JsonNode s = sectionNodes.get(i);
            BigDecimal score = s.get("score").decimalValue();
            Standing sectionStanding = cohort == null || i >= cohort.sections().size() ? null
                    : standing(cohort.sections().get(i), score, live);
            sections.add(new SectionResult(s.get("title").asString(), scale(score),
                    scale(s.get("maxScore").decimalValue()), s.get("correct").asInt(), s.get("partial").asInt(),
                    s.get("incorrect").asInt(), s.get("unanswered").asInt(), s.get("pending").asInt(),
                    sectionStanding));
        }
        List<ConceptResult> concepts = new ArrayList<>();
        for (JsonNode c : json.readTree(result.concepts())) {
            concepts.add(new ConceptResult(c.get("concept").asString(), scale(c.get("score").decimalValue()),
                    scale(c.get("maxScore").decimalValue()), c.get("accuracy").asDouble(), c.get("items").asInt()));
        }
        // Staff see the detail at once; the learner when the test's feedback timing allows it.
        boolean itemsVisible = !own || policy.itemsVisible(now);
        List<ItemResult> items = itemsVisible ? items(result) : List.of();
        BigDecimal passMark = policy.passMark();
        Boolean passed = passMark == null || !result.finalResult() ? null : result.score().compareTo(passMark) >= 0;
        return new AttemptResult(result.attempt(), result.quiz(), policy.quizTitle(), result.finalResult(),
                result.score(), result.maxScore(), result.accuracy(), passMark, passed, standing, sections, concepts,
                items, !itemsVisible, result.startedAt(), result.submittedAt());
    }

    private List<ItemResult> items(ResultRecord result) {
        List<ItemScoreRecord> records = itemScores.findByAttemptIdOrderBySectionIndexAscIdAsc(result.attempt().value());
        Map<ItemId, String> explanations = explanations(records.stream().map(ItemScoreRecord::item).toList());
        return records.stream()
                .sorted(Comparator.comparingInt(r -> slotNumber(r.slot())))
                .map(r -> new ItemResult(r.slot(), r.section(), r.type(), r.outcome(), r.score(), r.maxScore(),
                        r.responseTimeMillis(), r.feedback(), explanations.get(r.item())))
                .toList();
    }

    private Map<ItemId, String> explanations(List<ItemId> items) {
        ItemCatalog bank = catalog.getIfAvailable();
        Map<ItemId, String> explanations = new HashMap<>();
        if (bank == null || items.isEmpty()) {
            return explanations;
        }
        for (ItemSnapshot item : bank.items(items)) {
            if (item.explanation() != null && !item.explanation().isBlank()) {
                explanations.put(item.id(), Markdown.render(item.explanation()));
            }
        }
        return explanations;
    }

    static int slotNumber(String slot) {
        try {
            return Integer.parseInt(slot.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }

    static Standing standing(PercentileIndex index, BigDecimal score, boolean live) {
        long hundredths = PercentileIndex.hundredths(score);
        return new Standing(index.rank(hundredths), index.takers(), index.percentile(hundredths), live);
    }

    /** A schedule's cohort for its teachers: each learner's best attempt, highest score first. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public Cohort cohort(ScheduleId schedule) {
        ResultPolicy policy = access.cohort(schedule);
        boolean live = policy.windowOpen(clock.instant());
        StandingCache.Standings cohort = standings.of(schedule);
        List<ResultRecord> ranked = results.findByScheduleId(schedule.value()).stream()
                .filter(r -> cohort.ranked().containsKey(r.attempt().value()))
                .sorted(Comparator.comparing(ResultRecord::score).reversed()
                        .thenComparing(ResultRecord::submittedAt))
                .toList();
        Map<UserId, AccountSummary> people = identity.accounts(ranked.stream().map(ResultRecord::learner).toList());
        List<String> titles = new ArrayList<>();
        List<CohortRow> rows = new ArrayList<>();
        for (ResultRecord r : ranked) {
            long hundredths = PercentileIndex.hundredths(r.score());
            List<BigDecimal> sectionScores = new ArrayList<>();
            JsonNode sections = json.readTree(r.sections());
            for (int i = 0; i < sections.size(); i++) {
                sectionScores.add(scale(sections.get(i).get("score").decimalValue()));
                if (titles.size() <= i) {
                    titles.add(sections.get(i).get("title").asString());
                }
            }
            AccountSummary person = people.get(r.learner());
            rows.add(new CohortRow(r.attempt().value(), r.learner().value(), person == null ? "" : person.displayName(), r.score(),
                    r.maxScore(), percentage(r.score(), r.maxScore()), cohort.total().rank(hundredths),
                    cohort.total().percentile(hundredths), r.finalResult(), sectionScores, r.submittedAt()));
        }
        return new Cohort(schedule.value(), policy.quizTitle(), titles, live, rows);
    }

    static BigDecimal percentage(BigDecimal score, BigDecimal max) {
        if (max.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal scale(BigDecimal value) {
        return value.setScale(Marks.SCALE, RoundingMode.HALF_UP);
    }
}
