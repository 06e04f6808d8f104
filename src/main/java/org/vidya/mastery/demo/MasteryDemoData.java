package org.vidya.mastery.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.Observation;
import org.vidya.organization.GroupMember;
import org.vidya.organization.GroupSummary;
import org.vidya.organization.OrganizationManagement;
import org.vidya.organization.TenantSummary;
import org.vidya.platform.Role;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;
import org.vidya.platform.VidyaPrincipal;

/**
 * Demo mastery histories for a first look, after the concept graph (600) and the demo tests
 * (500): the learners of the Sunrise school practised over the past six weeks, each as strong as
 * their profile says, answer by answer through {@link KnowledgeStates#record} with the times they
 * answered, so that mastery, memory and due reviews are what the model makes of that history.
 * One learner has an exam date; two are left as newcomers with no evidence. A learner who already
 * has practice answers is left alone, so restarts add nothing.
 */
@Component
@ConditionalOnProperty(name = "vidya.demo.enabled", havingValue = "true")
class MasteryDemoData {

    static final String SCHOOL = "sunrise";
    static final List<String> CLASSES = List.of("Grade 8 – A", "Grade 9 – B");
    /** Left without evidence, so that the diagnostic can be tried as a newcomer would. */
    static final Set<String> NEWCOMERS = Set.of("Dhruv Malhotra", "Tara Sen");
    /** Has an exam date, so that the phase counts down to it. */
    static final String EXAM_TAKER = "Aarav Patel";
    static final int EXAM_IN_DAYS = 75;
    static final int WEEKS = 6;
    static final int SESSIONS = 12;
    static final int PHYSICS_PER_SESSION = 5;
    static final int MATHS_PER_SESSION = 4;

    /** How strong each demo learner is (0..1): a strong one, a struggling one, and the rest between. */
    static final Map<String, Double> STRENGTH = Map.ofEntries(Map.entry("Aarav Patel", 0.9),
            Map.entry("Diya Sharma", 0.75), Map.entry("Vihaan Gupta", 0.25), Map.entry("Ananya Iyer", 0.6),
            Map.entry("Arjun Reddy", 0.5), Map.entry("Ishita Das", 0.8), Map.entry("Kabir Singh", 0.4),
            Map.entry("Saanvi Nair", 0.65), Map.entry("Reyansh Joshi", 0.55), Map.entry("Myra Kapoor", 0.35),
            Map.entry("Aditya Rao", 0.7), Map.entry("Kiara Mehta", 0.45), Map.entry("Vivaan Khan", 0.85),
            Map.entry("Anika Bose", 0.5), Map.entry("Rudra Pillai", 0.6), Map.entry("Aadhya Menon", 0.3),
            Map.entry("Krishna Verma", 0.75), Map.entry("Pari Chatterjee", 0.55));

    private static final Logger log = LoggerFactory.getLogger(MasteryDemoData.class);

    private final OrganizationManagement organization;
    private final IdentityManagement identity;
    private final ObjectProvider<ConceptGraphs> graphs;
    private final ObjectProvider<KnowledgeStates> knowledge;
    private final ObjectProvider<ItemPool> pool;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MasteryDemoData(OrganizationManagement organization, IdentityManagement identity,
            ObjectProvider<ConceptGraphs> graphs, ObjectProvider<KnowledgeStates> knowledge,
            ObjectProvider<ItemPool> pool, JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.identity = identity;
        this.graphs = graphs;
        this.knowledge = knowledge;
        this.pool = pool;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(700)
    void seed() {
        Optional<TenantSummary> school = organization.tenantBySlug(SCHOOL);
        ConceptGraphs graphs = this.graphs.getIfAvailable();
        KnowledgeStates states = knowledge.getIfAvailable();
        ItemPool items = pool.getIfAvailable();
        if (school.isEmpty() || graphs == null || states == null || items == null) {
            return;
        }
        TenantId tenant = school.get().id();
        try {
            Tenancy.runAs(tenant, () -> seed(tenant, graphs, states, items));
        } catch (RuntimeException e) {
            // Demo content must never keep the application from starting.
            log.warn("Demo mastery histories were skipped: {}", e.getMessage());
        }
    }

    private void seed(TenantId tenant, ConceptGraphs graphs, KnowledgeStates states, ItemPool items) {
        ConceptGraph graph = graphs.current();
        Map<String, List<PoolItem>> byConcept = itemsByConcept(graph, items);
        if (byConcept.isEmpty()) {
            log.info("No demo items on the concept graph; no demo mastery histories");
            return;
        }
        int seeded = 0;
        for (GroupSummary group : organization.classes()) {
            if (!CLASSES.contains(group.name())) {
                continue;
            }
            for (GroupMember learner : organization.classLearners(new org.vidya.organization.ClassId(group.id()))) {
                if (seedLearner(tenant, learner, graph, byConcept, states)) {
                    seeded++;
                }
            }
        }
        if (seeded > 0) {
            log.info("Demo: six weeks of practice for {} learners of {}", seeded, SCHOOL);
        }
    }

    /** Whether the learner got a history now (false when they are a newcomer or already have one). */
    boolean seedLearner(TenantId tenant, GroupMember learner, ConceptGraph graph, Map<String, List<PoolItem>> byConcept,
            KnowledgeStates states) {
        Double strength = STRENGTH.get(learner.displayName());
        if (strength == null || NEWCOMERS.contains(learner.displayName())) {
            return false;
        }
        Optional<AccountSummary> account = identity.find(learner.userId());
        if (account.isEmpty()) {
            return false;
        }
        VidyaPrincipal self = new VidyaPrincipal(learner.userId(), account.get().email(), learner.displayName(),
                tenant, EnumSet.of(Role.LEARNER), 0, null);
        return asLearner(self, () -> {
            LearnerStanding standing = states.standing(learner.userId());
            // Graded demo tests may have given the learner evidence already; the history is theirs
            // to have unless practice was recorded before (an earlier start).
            boolean fresh = practiceAnswers(tenant, learner) == 0;
            if (fresh) {
                for (List<Observation> session : history(learner, strength, graph, byConcept, clock.instant())) {
                    states.record(learner.userId(), session, EvidenceSource.PRACTICE);
                }
            }
            if (learner.displayName().equals(EXAM_TAKER) && standing.examDate() == null) {
                states.setExamDate(learner.userId(),
                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(EXAM_IN_DAYS));
            }
            return fresh;
        });
    }

    /**
     * Six weeks of practice sessions, oldest first: each session some physics and some mathematics,
     * mostly on the newest concepts the learner has reached along the graph (stronger learners
     * reach further) and the rest going back over earlier ones. A right answer is as likely as the
     * learner's ability against the item's difficulty makes it, with a lasting knack or gap per
     * concept and some growth over the weeks. The same learner always gets the same history.
     */
    static List<List<Observation>> history(GroupMember learner, double strength, ConceptGraph graph,
            Map<String, List<PoolItem>> byConcept, Instant now) {
        Random random = new Random(learner.displayName().hashCode() * 31L + 7);
        double ability = Math.log(strength / (1 - strength));
        Map<String, Double> knack = new HashMap<>();
        Map<String, List<Concept>> subjects = new LinkedHashMap<>();
        for (String subject : graph.subjects()) {
            List<Concept> reachable = graph.subject(subject).stream().filter(c -> byConcept.containsKey(c.key()))
                    .toList();
            if (!reachable.isEmpty()) {
                subjects.put(subject, reachable);
            }
        }
        Instant start = now.minus(Duration.ofDays(7L * WEEKS)).truncatedTo(ChronoUnit.HOURS);
        List<List<Observation>> sessions = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            double progress = (s + 1.0) / SESSIONS;
            // Sessions every three or four days, in the late afternoon, the last a day or two ago.
            Instant at = start.plus(Duration.ofHours(Math.round(progress * (7 * WEEKS - 2) * 24)))
                    .plus(Duration.ofMinutes(random.nextInt(180)));
            List<Observation> session = new ArrayList<>();
            int subjectIndex = 0;
            for (Map.Entry<String, List<Concept>> subject : subjects.entrySet()) {
                int answers = subjectIndex++ == 0 ? PHYSICS_PER_SESSION : MATHS_PER_SESSION;
                List<Concept> concepts = subject.getValue();
                int reach = Math.max(1, (int) Math.ceil(concepts.size() * progress * (0.35 + 0.65 * strength)));
                for (int i = 0; i < answers; i++) {
                    boolean newest = random.nextDouble() < 0.6;
                    int index = newest ? Math.max(0, reach - 1 - random.nextInt(Math.min(3, reach)))
                            : random.nextInt(reach);
                    Concept concept = concepts.get(index);
                    List<PoolItem> candidates = byConcept.get(concept.key());
                    PoolItem item = candidates.get(random.nextInt(candidates.size()));
                    double gap = knack.computeIfAbsent(concept.key(), k -> random.nextGaussian() * 0.7);
                    double chance = 1 / (1 + Math.exp(-(ability + gap + 0.6 * progress - item.b())));
                    double outcome = random.nextDouble() < chance ? 1.0 : 0.0;
                    at = at.plus(Duration.ofSeconds(40 + random.nextInt(140)));
                    session.add(new Observation(item.id(), item.primaryConcept(), item.secondaryConcepts(), item.b(),
                            item.a(), outcome, at, 20_000L + random.nextInt(100_000)));
                }
            }
            sessions.add(session);
        }
        return sessions;
    }

    private long practiceAnswers(TenantId tenant, GroupMember learner) {
        Long count = jdbc.queryForObject("select count(*) from mastery_response where tenant_id = ? and learner_id = ?"
                + " and source = ?", Long.class, tenant.value(), learner.userId().value(), EvidenceSource.PRACTICE.name());
        return count == null ? 0 : count;
    }

    private static Map<String, List<PoolItem>> itemsByConcept(ConceptGraph graph, ItemPool items) {
        List<String> keys = graph.topologicalOrder().stream().map(Concept::key).toList();
        Map<String, List<PoolItem>> byConcept = new HashMap<>();
        for (PoolItem item : items.candidates(keys, -10, 10, List.of(), 2_000)) {
            if (item.primaryConcept() != null && graph.contains(item.primaryConcept())) {
                byConcept.computeIfAbsent(item.primaryConcept(), k -> new ArrayList<>()).add(item);
            }
        }
        return byConcept;
    }

    private static <T> T asLearner(VidyaPrincipal learner, java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(learner, null,
                learner.authorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
