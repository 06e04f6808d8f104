package org.vidya.mastery.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemBankId;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.assessment.PoolItem;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.Irt;
import org.vidya.assessment.bank.ItemBankImports;
import org.vidya.assessment.bank.ItemBankService;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.MasteryProperties;
import org.vidya.platform.ApiException;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.support.ApiTest;
import org.vidya.support.AtOnce;
import org.vidya.support.TestClock;
import org.vidya.support.TestData;
import org.vidya.support.TestData.TestTenant;

import tools.jackson.databind.json.JsonMapper;

/**
 * The weekly test end to end on the real item pool and personal tests, with the learner's state
 * and the concept graph given by the test: what it covers, at what difficulty, once a week.
 */
@ApiTest
class WeeklyTestServiceTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MasteryProperties PROPERTIES = new MasteryProperties(0.9, 0.8, 0.7, 25, 4, Duration.ofMinutes(45),
            0.3, 30, Duration.ofHours(6), 30);

    @Autowired ItemPool pool;
    @Autowired PersonalTests personal;
    @Autowired ObjectProvider<SeenItems> seen;
    @Autowired ItemBankImports imports;
    @Autowired ItemBankService banks;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MessageSource messages;
    @Autowired TestData data;
    @Autowired TestClock clock;

    TestTenant school;
    VidyaPrincipal learner;
    FakeKnowledge knowledge;
    String due;
    String weak;
    String untouched;
    WeeklyTestService weekly;

    @BeforeEach
    void aSchoolWithABank() {
        school = data.tenant();
        learner = data.member(school, Role.LEARNER).principal();
        String suffix = TestData.suffix();
        due = "physics.due" + suffix;
        weak = "physics.weak" + suffix;
        untouched = "physics.untouched" + suffix;
        ConceptGraph graph = new ConceptGraph(List.of(concept(due, 0.1), concept(weak, 0.2), concept(untouched, 0.2)),
                List.of());
        knowledge = new FakeKnowledge();
        knowledge.theta = 1.0;
        knowledge.due = List.of(new DueReview(due, 0.6, clock.instant(), 0.7));
        knowledge.knowledge = List.of(knows(due, 0.6), knows(weak, 0.3), knows(untouched, 0.95));
        weekly = new WeeklyTestService(knowledge, () -> graph, pool, personal, seen, PROPERTIES, jdbc, transactions,
                messages, clock);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    static Concept concept(String key, double weight) {
        return new Concept(key, key, "physics", 1, null, 3, weight, null, false);
    }

    ConceptKnowledge knows(String concept, double mastery) {
        return new ConceptKnowledge(concept, mastery, 4, 2, clock.instant(), 3, 5, clock.instant(), 0.5);
    }

    <T> T as(VidyaPrincipal who, Supplier<T> work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return Tenancy.callAs(school.id(), work);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** {@code count} single-choice items on each concept, difficulties spread evenly over [-3, 3]. */
    void bank(int count, String... concepts) {
        VidyaPrincipal teacher = data.member(school, Role.TEACHER).principal();
        List<ItemDraft> drafts = new ArrayList<>();
        for (String concept : concepts) {
            for (int i = 0; i < count; i++) {
                double b = -3 + 6.0 * i / Math.max(1, count - 1);
                drafts.add(ItemDraft.of("true-false", JSON.readTree("{\"prompt\": \"" + concept + " " + i
                        + "\", \"answer\": true}")).withMarks(BigDecimal.ONE, BigDecimal.ZERO)
                        .withConcepts(concept, List.of()).withDifficulty(Difficulty.MEDIUM, new Irt(1, b, 0, true)));
            }
        }
        as(teacher, () -> imports.save(ItemBankId.of(banks.createBank(new ItemBankService.BankFields(
                "Weekly " + TestData.suffix(), null)).id().toString()), drafts));
    }

    List<PoolItem> itemsOf(PersonalTest test) {
        return as(learner, () -> pool.items(test.items()));
    }

    @Test
    void coversTheDueAndWeakConceptsNearTheLearnersLevelAndIsTheSameAllWeek() {
        bank(60, due, weak, untouched);
        assertThat(as(learner, () -> weekly.current(learner.userId()))).isEmpty();

        PersonalTest test = as(learner, () -> weekly.thisWeek(learner.userId()));
        assertThat(test.kind()).isEqualTo("weekly");
        assertThat(test.items()).hasSize(25).doesNotHaveDuplicates();
        List<PoolItem> items = itemsOf(test);
        assertThat(items).extracting(PoolItem::primaryConcept).containsOnly(due, weak);
        double target = WeeklySelection.targetDifficulty(1.0);
        assertThat(items).allSatisfy(item -> assertThat(Math.abs(item.b() - target)).isLessThan(1.0));

        // Later the same week (its last minute at the latest).
        Instant endOfWeek = WeeklyTestService.weekStart(clock.instant()).plus(Duration.ofDays(7)).minusSeconds(60);
        Duration later = Duration.between(clock.instant(), endOfWeek);
        clock.advance(later.compareTo(Duration.ofHours(30)) < 0 ? later : Duration.ofHours(30));
        assertThat(as(learner, () -> weekly.thisWeek(learner.userId())).quiz()).isEqualTo(test.quiz());
        assertThat(as(learner, () -> weekly.current(learner.userId()))).map(PersonalTest::quiz)
                .contains(test.quiz());
    }

    @Test
    void nextWeeksTestLeavesOutTheItemsOfRecentWeeks() {
        bank(60, due, weak);
        PersonalTest first = as(learner, () -> weekly.thisWeek(learner.userId()));
        clock.advance(Duration.ofDays(7));
        assertThat(as(learner, () -> weekly.current(learner.userId()))).isEmpty();
        PersonalTest second = as(learner, () -> weekly.thisWeek(learner.userId()));
        assertThat(second.quiz()).isNotEqualTo(first.quiz());
        Set<ItemId> overlap = new HashSet<>(second.items());
        overlap.retainAll(first.items());
        assertThat(overlap).isEmpty();
    }

    @Test
    void aDoubleClickAssemblesOneTest() throws Exception {
        bank(40, due, weak);
        List<PersonalTest> answers;
        try (AtOnce twice = new AtOnce(2)) {
            answers = twice.run(() -> as(learner, () -> weekly.thisWeek(learner.userId())));
        }
        assertThat(answers).extracting(PersonalTest::quiz).containsOnly(answers.get(0).quiz());
        assertThat(as(learner, () -> personal.of(learner.userId(), "weekly", Instant.EPOCH))).hasSize(1);
    }

    @Test
    void tooSmallABankIsRefusedAndNothingIsSaved() {
        bank(4, due, weak);
        assertThatThrownBy(() -> as(learner, () -> weekly.thisWeek(learner.userId())))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("weekly-pool-too-small");
                    assertThat(e.properties()).containsEntry("found", 8).containsEntry("wanted", 25);
                });
        assertThat(as(learner, () -> personal.of(learner.userId(), "weekly", Instant.EPOCH))).isEmpty();
    }

    @Test
    void onlyTheLearnerAssemblesTheirTest() {
        bank(40, due, weak);
        VidyaPrincipal other = data.member(school, Role.LEARNER).principal();
        VidyaPrincipal teacher = data.member(school, Role.TEACHER).principal();
        for (VidyaPrincipal who : List.of(other, teacher)) {
            assertThatThrownBy(() -> as(who, () -> weekly.thisWeek(learner.userId())))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        }
    }

    @Test
    void weeksAreIsoWeeksStartingMondayUtc() {
        Instant sunday = Instant.parse("2026-11-22T23:59:00Z");
        assertThat(WeeklyTestService.week(sunday)).isEqualTo("2026-W47");
        assertThat(WeeklyTestService.week(sunday.plusSeconds(60))).isEqualTo("2026-W48");
        assertThat(WeeklyTestService.weekStart(sunday)).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(WeeklyTestService.week(Instant.parse("2027-01-01T12:00:00Z"))).isEqualTo("2026-W53");
    }
}
