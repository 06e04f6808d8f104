package org.vidya.assessment.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.bank.ItemCatalog;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.QuizKind;
import org.vidya.assessment.quiz.QuizSection;
import org.vidya.assessment.quiz.QuizSeeding;
import org.vidya.assessment.quiz.QuizSettings;
import org.vidya.assessment.quiz.QuizSpec;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.organization.ClassId;
import org.vidya.organization.GroupMember;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TenantSummary;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo tests for a first look, after the demo item bank: in the Sunrise school, a practice test
 * drawn from "JEE Physics: Mechanics", a weekly test for Grade 8 – A open now for a week, and a
 * JEE-pattern benchmark (+4 / −1) that closed yesterday, taken by the class so that ranks and
 * percentiles show. A test that already exists is left alone, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true")
class QuizDemoData {

    static final String SCHOOL = "sunrise";
    static final String TEACHER = "anita.sharma@sunrise.example.org";
    static final String BANK = "JEE Physics: Mechanics";
    static final String CLASS = "Grade 8 – A";
    static final String PRACTICE = "Mechanics practice";
    static final String WEEKLY = "Weekly test: kinematics and forces";
    static final String BENCHMARK = "Benchmark: Mechanics (JEE pattern)";

    private static final Logger log = LoggerFactory.getLogger(QuizDemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final ObjectProvider<ItemCatalog> catalog;
    private final QuizSeeding seeding;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Names names;

    /** Where the demo goes: the school's slug, the teacher's e-mail address, the bank's and the class's names. */
    record Names(String school, String teacher, String bank, String className) {

        static final Names DEMO = new Names(SCHOOL, TEACHER, BANK, CLASS);
    }

    @Autowired
    QuizDemoData(OrganizationManagement organization, IdentityManagement identity, ObjectProvider<ItemCatalog> catalog,
            QuizSeeding seeding, TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock) {
        this(organization, identity, catalog, seeding, transactions, jdbc, clock, Names.DEMO);
    }

    QuizDemoData(OrganizationManagement organization, IdentityManagement identity, ObjectProvider<ItemCatalog> catalog,
            QuizSeeding seeding, TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock, Names names) {
        this.names = names;
        this.organization = organization;
        this.identity = identity;
        this.catalog = catalog;
        this.seeding = seeding;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(500)
    void seed() {
        Optional<TenantSummary> school = organization.tenantBySlug(names.school());
        Optional<AccountSummary> teacher = identity.findByEmail(names.teacher());
        ItemCatalog items = catalog.getIfAvailable();
        if (school.isEmpty() || teacher.isEmpty() || items == null) {
            return;
        }
        TenantId tenant = school.get().id();
        Optional<UUID> bank = bank(tenant);
        if (bank.isEmpty()) {
            log.info("No demo item bank '{}'; no demo tests", names.bank());
            return;
        }
        Tenancy.runAs(tenant, () -> transactions.executeWithoutResult(status -> {
            int pool = items.candidates(new ItemBankId(bank.get()), null, null, null, 2_000).size();
            if (pool == 0) {
                log.info("The demo item bank '{}' is empty; no demo tests", names.bank());
                return;
            }
            UserId anita = teacher.get().id();
            Optional<GroupSummary> grade8 = organization.classesTaughtBy(anita).stream()
                    .filter(c -> c.name().equals(names.className())).findFirst();
            Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
            if (!seeding.exists(PRACTICE)) {
                seeding.create(new QuizSpec(PRACTICE, "Ten questions drawn afresh from the mechanics bank each time."
                        + " Take it as often as you like; each answer's explanation shows after you submit.",
                        QuizKind.PRACTICE, List.of(drawn("Mechanics", bank.get(), Math.min(10, pool),
                                MarkingScheme.itemMarks())),
                        settings(1200, 0, QuizSettings.FeedbackTiming.AFTER_SUBMIT)), anita, now.minus(Duration.ofDays(9)));
            }
            if (grade8.isEmpty()) {
                log.info("No class '{}' taught by the demo teacher; no scheduled demo tests", names.className());
                return;
            }
            ClassId classId = new ClassId(grade8.get().id());
            if (!seeding.exists(WEEKLY)) {
                QuizId weekly = seeding.create(new QuizSpec(WEEKLY, "This week's test: eight questions, thirty minutes,"
                        + " one attempt.", QuizKind.WEEKLY, List.of(drawn("Kinematics and forces", bank.get(),
                                Math.min(8, pool), MarkingScheme.itemMarks())),
                        settings(1800, 1, QuizSettings.FeedbackTiming.AFTER_WINDOW)), anita, now.minus(Duration.ofDays(1)));
                seeding.schedule(weekly, classId, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(7)), anita,
                        now.minus(Duration.ofHours(2)));
            }
            if (!seeding.exists(BENCHMARK)) {
                benchmark(bank.get(), Math.min(12, pool), classId, anita, now);
            }
            log.info("Demo: tests '{}', '{}' and '{}'", PRACTICE, WEEKLY, BENCHMARK);
        }));
    }

    private void benchmark(UUID bank, int size, ClassId classId, UserId anita, Instant now) {
        QuizId quiz = seeding.create(new QuizSpec(BENCHMARK, "One paper for the whole class, marked as JEE Main is:"
                + " +4 for a right answer, −1 for a wrong one, 0 when left out.", QuizKind.BENCHMARK,
                List.of(drawn("Physics", bank, size, MarkingScheme.jee())),
                settings(3600, 1, QuizSettings.FeedbackTiming.AFTER_WINDOW)), anita, now.minus(Duration.ofDays(5)));
        Instant opens = now.minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
        Instant closes = now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
        ScheduleId schedule = seeding.schedule(quiz, classId, opens, closes, anita, opens.minus(Duration.ofDays(3)));
        List<GroupMember> learners = organization.classLearners(classId);
        // Everyone but the last learner sat it, each as strong as their place in the list says.
        Random random = new Random(20_260_101L);
        for (int i = 0; i < learners.size() - 1; i++) {
            double skill = 0.9 - 0.55 * i / Math.max(1, learners.size() - 1);
            Instant started = opens.plus(Duration.ofMinutes(30 + 20L * i));
            seeding.takeAndSubmit(quiz, schedule, learners.get(i).userId(), started,
                    started.plus(Duration.ofMinutes(35 + 3L * i)), slot -> answer(slot, skill, random));
        }
    }

    // Right with the learner's skill, else a wrong choice, and now and then left out.
    private static @Nullable JsonNode answer(AttemptKey.Slot slot, double skill, Random random) {
        if (!"single-choice".equals(slot.type()) || random.nextDouble() < 0.1) {
            return null;
        }
        String right = null;
        String wrong = null;
        for (JsonNode choice : slot.body().path("choices")) {
            if (choice.path("fraction").asDouble() >= 1) {
                right = choice.path("id").asString();
            } else if (wrong == null) {
                wrong = choice.path("id").asString();
            }
        }
        String picked = random.nextDouble() < skill || wrong == null ? right : wrong;
        return picked == null ? null : JSON.createObjectNode().put("choice", picked);
    }

    private static QuizSection drawn(String title, UUID bank, int count, MarkingScheme marking) {
        return new QuizSection(title, null, marking, List.of(),
                List.of(new QuizSection.BlueprintRule(bank, null, null, null, count)));
    }

    private static QuizSettings settings(int seconds, int attempts, QuizSettings.FeedbackTiming feedback) {
        return new QuizSettings(seconds, attempts, true, true, QuizSettings.Navigation.FREE, feedback,
                QuizSettings.QuestionBehaviour.DEFERRED, 1, BigDecimal.ZERO, null);
    }

    // The demo bank is the school's or the platform's; found past the tenant filter, by name.
    private Optional<UUID> bank(TenantId tenant) {
        return Tenancy.callAsRoot(() -> transactions.execute(status -> jdbc.queryForList(
                "select id from assessment_item_bank where name = ? and tenant_id in (?, ?) order by tenant_id desc",
                UUID.class, names.bank(), tenant.value(), TenantId.PLATFORM.value()).stream().findFirst()));
    }
}
