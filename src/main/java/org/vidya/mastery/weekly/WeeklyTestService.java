package org.vidya.mastery.weekly;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.PersonalTests.PersonalTest;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.WeeklyTests;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.Ids;
import org.vidya.platform.Permission;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;

/**
 * The weekly adaptive test of the signed-in learner: assembled on the first ask of an ISO week
 * (Monday 00:00 UTC onwards) and the same test on every later ask that week. Assembly reads the
 * learner's state and the graph, picks the items ({@link WeeklyConcepts}, {@link WeeklySelection})
 * and assigns them as a personal test, all in one transaction with the week's row, whose unique
 * key makes a concurrent second request fail and return the first one's test.
 */
@Service
class WeeklyTestService implements WeeklyTests {

    static final String KIND = "weekly";
    static final int MAX_CONCEPTS = 10;
    static final int ENOUGH_CONCEPTS = 5;
    static final int DUE_LIMIT = 50;

    private final KnowledgeStates states;
    private final ConceptGraphs graphs;
    private final ItemPool pool;
    private final PersonalTests tests;
    private final ObjectProvider<SeenItems> seen;
    private final MasteryProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final MessageSource messages;
    private final Clock clock;

    WeeklyTestService(KnowledgeStates states, ConceptGraphs graphs, ItemPool pool, PersonalTests tests,
            ObjectProvider<SeenItems> seen, MasteryProperties properties, JdbcClient jdbc,
            TransactionTemplate transactions, MessageSource messages, Clock clock) {
        this.states = states;
        this.graphs = graphs;
        this.pool = pool;
        this.tests = tests;
        this.seen = seen;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.messages = messages;
        this.clock = clock;
    }

    /** What a test is made of before it is assigned: the items and the ability they were matched to. */
    record Assembly(List<PoolItem> items, double theta, List<ConceptPriority> concepts) {
    }

    @Override
    public Optional<PersonalTest> current(UserId learner) {
        requireSelf(learner);
        return tests.of(learner, KIND, weekStart(clock.instant())).stream().findFirst();
    }

    @Override
    public PersonalTest thisWeek(UserId learner) {
        requireSelf(learner);
        Optional<PersonalTest> existing = current(learner);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int tries = 1;; tries++) {
            try {
                return transactions.execute(status -> create(learner));
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // Another request of the same learner assembled this week's test first (or still is:
                // the next try waits on the week's row until it commits).
                Optional<PersonalTest> first = current(learner);
                if (first.isPresent()) {
                    return first.get();
                }
                if (tries == 3) {
                    throw e;
                }
            }
        }
    }

    private PersonalTest create(UserId learner) {
        Instant now = clock.instant();
        Assembly assembly = assemble(learner, now);
        String week = week(now);
        PersonalTest test = tests.assign(learner, title(week), KIND, assembly.items().stream().map(PoolItem::id)
                .toList(), properties.weeklyTimeLimit());
        jdbc.sql("insert into mastery_weekly_test (id, tenant_id, learner_id, week, quiz_id, attempt_id, items, theta,"
                + " created_at) values (:id, :tenant, :learner, :week, :quiz, :attempt, :items, :theta, :at)")
                .param("id", Ids.next()).param("tenant", CurrentUser.tenant().value())
                .param("learner", learner.value()).param("week", week).param("quiz", test.quiz().value())
                .param("attempt", test.attempt().value()).param("items", test.items().size())
                .param("theta", assembly.theta()).param("at", java.sql.Timestamp.from(now)).update();
        return test;
    }

    /** Chooses the items, without assigning them: what the assembly benchmark measures. */
    Assembly assemble(UserId learner, Instant now) {
        LearnerStanding standing = states.standing(learner);
        ConceptGraph graph = graphs.current();
        List<ConceptPriority> concepts = new WeeklyConcepts(MAX_CONCEPTS, ENOUGH_CONCEPTS,
                properties.revealThreshold(), properties.masteredThreshold())
                .choose(graph, states.due(learner, DUE_LIMIT), states.of(learner));
        if (concepts.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "weekly-no-concepts",
                    "There are no concepts to build a weekly test on yet.");
        }
        Instant since = now.minus(7L * Math.max(0, properties.weeklyFreshWeeks()), ChronoUnit.DAYS);
        Set<ItemId> exclude = new HashSet<>();
        seen.orderedStream().forEach(source -> exclude.addAll(source.seenSince(learner, since)));
        double theta = Double.isFinite(standing.theta()) ? standing.theta() : 0;
        try {
            List<PoolItem> items = new WeeklySelection(pool::candidates).select(concepts, theta, exclude,
                    properties.weeklyItems());
            return new Assembly(items, theta, concepts);
        } catch (WeeklySelection.TooFewItems e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "weekly-pool-too-small",
                    "The item bank has " + e.found + " fresh items for your concepts; a weekly test needs "
                            + e.wanted + ".").with("found", e.found).with("wanted", e.wanted)
                    .with("concepts", concepts.stream().map(ConceptPriority::concept).toList());
        }
    }

    private String title(String week) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("weekly.test.title", new Object[] {week}, "Weekly test " + week, locale);
    }

    /** Monday 00:00 UTC of the instant's ISO week. */
    static Instant weekStart(Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The ISO week, {@code 2026-W47}. */
    static String week(Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static void requireSelf(UserId learner) {
        VidyaPrincipal me = CurrentUser.get();
        if (!me.has(Permission.MASTERY_LEARN) || !me.userId().equals(learner)) {
            throw ApiException.forbidden("access-denied", "A weekly test is built for and by its learner.");
        }
    }
}
