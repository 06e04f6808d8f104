package org.vidya.mastery.weekly;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PersonalTests;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.MasteryProperties;
import org.vidya.platform.UserId;

/**
 * Weekly test assembly for the benchmark driver ({@code org.vidya.benchmarks.WeeklyAssemblyDriver}):
 * the production service on the application's item pool and personal tests, with the learner's
 * state and the graph given, and the items seen recently given too.
 */
public final class WeeklyAssemblyProbe {

    private final FakeKnowledge knowledge = new FakeKnowledge();
    private final WeeklyTestService service;
    private volatile Set<ItemId> seen = Set.of();

    public WeeklyAssemblyProbe(ApplicationContext context, ConceptGraph graph) {
        ObjectProvider<SeenItems> sources = context.getBeanProvider(SeenItems.class);
        SeenItems recent = (learner, since) -> seen;
        ObjectProvider<SeenItems> both = new StaticListableBeanFactory(
                java.util.Map.of("personal", sources.getObject(), "recent", recent)).getBeanProvider(SeenItems.class);
        this.service = new WeeklyTestService(knowledge, () -> graph, context.getBean(ItemPool.class),
                context.getBean(PersonalTests.class), both,
                new MasteryProperties(0.9, 0.8, 0.7, 25, 4, Duration.ofMinutes(45), 0.3, 30, Duration.ofHours(6), 30),
                context.getBean(JdbcClient.class), context.getBean(TransactionTemplate.class),
                context.getBean(MessageSource.class), java.time.Clock.systemUTC());
    }

    /** The learner's state for the next assembly. */
    public void learner(double theta, List<DueReview> due, List<ConceptKnowledge> state, Set<ItemId> recentlySeen) {
        knowledge.theta = theta;
        knowledge.due = due;
        knowledge.knowledge = state;
        this.seen = recentlySeen;
    }

    /** Chooses the 25 items (no test is created). */
    public List<PoolItem> assemble(UserId learner) {
        return service.assemble(learner, Instant.now()).items();
    }
}
