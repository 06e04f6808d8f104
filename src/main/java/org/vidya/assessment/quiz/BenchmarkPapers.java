package org.vidya.assessment.quiz;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.BenchmarkHistory;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.bank.Irt;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.bank.ItemSnapshot;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.platform.Tenancy;
import org.vidya.platform.UserId;

/**
 * Benchmark papers of a learner's classes for score and rank prediction. The paper is the
 * learner's own when their attempt was generated (benchmarks generate every member's at
 * scheduling), else the one the schedule's seed draws; cohort scores are the final results on
 * that schedule.
 */
@Service
class BenchmarkPapers implements BenchmarkHistory {

    private final Quizzes quizzes;
    private final Schedules schedules;
    private final Attempts attempts;
    private final PaperGenerator generator;
    private final ItemCatalog catalog;
    private final OrganizationManagement organization;
    private final JdbcClient jdbc;
    private final Clock clock;

    BenchmarkPapers(Quizzes quizzes, Schedules schedules, Attempts attempts, PaperGenerator generator,
            ItemCatalog catalog, OrganizationManagement organization, JdbcClient jdbc, Clock clock) {
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.attempts = attempts;
        this.generator = generator;
        this.catalog = catalog;
        this.organization = organization;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BenchmarkPaper> nextOrLatest(UserId learner) {
        Set<UUID> classes = organization.classesOf(learner).stream().map(GroupSummary::id).collect(Collectors.toSet());
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        List<Schedule> found = schedules.findByClassIdInOrderByOpensAt(classes);
        Map<UUID, Quiz> benchmarks = quizzes.findAllById(found.stream().map(Schedule::quizId)
                .collect(Collectors.toSet())).stream().filter(q -> q.kind() == QuizKind.BENCHMARK)
                .collect(Collectors.toMap(Quiz::id, Function.identity()));
        Instant now = clock.instant();
        List<Schedule> ofBenchmarks = found.stream().filter(s -> benchmarks.containsKey(s.quizId())).toList();
        Optional<Schedule> chosen = ofBenchmarks.stream().filter(s -> s.window(now) != ScheduleWindow.CLOSED)
                .min(Comparator.comparing(Schedule::opensAt))
                .or(() -> ofBenchmarks.stream().max(Comparator.comparing(Schedule::closesAt)));
        return chosen.map(schedule -> paper(schedule, benchmarks.get(schedule.quizId()), learner));
    }

    private BenchmarkPaper paper(Schedule schedule, Quiz quiz, UserId learner) {
        Optional<Attempt> own = attempts.inScope(schedule.id(), learner.value()).stream()
                .max(Comparator.comparingInt(Attempt::number));
        List<Slot> slots = own.map(a -> fromKey(a.key())).orElseGet(() -> drawn(quiz, schedule));
        Map<ItemId, ItemSnapshot> snapshots = new HashMap<>();
        catalog.items(slots.stream().map(Slot::item).toList()).forEach(s -> snapshots.put(s.id(), s));
        List<PaperItem> items = new ArrayList<>();
        BigDecimal max = BigDecimal.ZERO;
        for (Slot slot : slots) {
            ItemSnapshot snapshot = snapshots.get(slot.item());
            Irt irt = snapshot == null ? new Irt(1, 0, 0, false) : snapshot.irt();
            items.add(new PaperItem(slot.item(), slot.concept(), irt.a(), irt.b(), irt.c(), slot.marks(),
                    slot.negative()));
            max = max.add(slot.marks());
        }
        UUID tenant = Tenancy.current().orElseThrow().value();
        List<BigDecimal> cohort = jdbc.sql("select score from assessment_result where tenant_id = :tenant"
                + " and schedule_id = :schedule and final_result = true order by score desc")
                .param("tenant", tenant).param("schedule", schedule.id()).query(BigDecimal.class).list();
        @Nullable BigDecimal mine = jdbc.sql("select score from assessment_result where tenant_id = :tenant"
                + " and schedule_id = :schedule and learner_id = :learner and final_result = true"
                + " order by submitted_at desc").param("tenant", tenant).param("schedule", schedule.id())
                .param("learner", learner.value()).query(BigDecimal.class).list().stream().findFirst().orElse(null);
        return new BenchmarkPaper(new QuizId(quiz.id()), new ScheduleId(schedule.id()), quiz.title(),
                schedule.opensAt(), schedule.closesAt(), items, max, cohort, mine);
    }

    private record Slot(ItemId item, @Nullable String concept, BigDecimal marks, BigDecimal negative) {
    }

    private static List<Slot> fromKey(AttemptKey key) {
        return key.slots().stream().map(slot -> {
            MarkingScheme marking = key.sections().get(slot.section()).marking();
            return slot(marking, slot.item(), slot.primaryConcept(), slot.marks(), slot.negativeMarks());
        }).toList();
    }

    private List<Slot> drawn(Quiz quiz, Schedule schedule) {
        QuizSpec spec = quiz.spec();
        List<List<ItemSnapshot>> sections = generator.draw(spec, schedule.seed());
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            MarkingScheme marking = spec.sections().get(s).marking();
            for (ItemSnapshot item : sections.get(s)) {
                slots.add(slot(marking, item.id(), item.primaryConcept(), item.marks(), item.negativeMarks()));
            }
        }
        return slots;
    }

    /** The marks the section's scheme gives: JEE's fixed +4 / -1, or the item's own. */
    private static Slot slot(MarkingScheme marking, ItemId item, @Nullable String concept, BigDecimal marks,
            BigDecimal negative) {
        if (marking.mode() == MarkingScheme.Mode.FIXED) {
            return new Slot(item, concept, marking.correct(), marking.incorrect().abs());
        }
        return new Slot(item, concept, marks, negative.abs());
    }
}
