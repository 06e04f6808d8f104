package org.vidya.mastery.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.MasteryProperties;
import org.vidya.mastery.irt.Ability;
import org.vidya.mastery.irt.AdaptiveTest;
import org.vidya.mastery.irt.AdaptiveTest.Candidate;
import org.vidya.mastery.irt.ConceptPriors;
import org.vidya.mastery.session.SessionSteps.AnswerInput;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.ConceptResult;
import org.vidya.mastery.session.SessionViews.ReviewTally;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.mastery.session.SessionViews.Started;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The diagnostic: an adaptive test of one subject (docs/diagnostic.md). Each answer is graded,
 * recorded as diagnostic evidence, and the answers so far are replayed through the adaptive test
 * to choose the next item; when it stops, each concept asked about gets a prior mastery, seeded
 * into the learner's knowledge state once.
 */
@Service
public class DiagnosticService {

    /** How many items the adaptive test draws its next one from (exposure control). */
    static final int TOP_K = 5;
    /** Candidates are first looked for this far either side of the current estimate. */
    static final double WINDOW = 1.5;
    static final int CANDIDATES = 400;
    static final Pattern SUBJECT = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,59}");

    private final SessionSteps steps;
    private final MasteryProperties properties;
    private final JsonMapper json;

    DiagnosticService(SessionSteps steps, MasteryProperties properties, JsonMapper json) {
        this.steps = steps;
        this.properties = properties;
        this.json = json;
    }

    /** The subjects of the concept graph a diagnostic can be taken in, with their display order. */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public List<String> subjects() {
        return steps.graph().subjects();
    }

    /** Starts the learner's diagnostic of a subject; while one is open, that one comes back. */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public Started<SessionState> start(String subject) {
        UserId me = CurrentUser.id();
        String key = subject == null ? "" : subject.strip();
        if (!SUBJECT.matcher(key).matches()) {
            throw ApiException.invalid("subject", "invalid", "A subject is a short lower-case name such as physics.");
        }
        try {
            return steps.inTransaction(() -> begin(me, key));
        } catch (DataIntegrityViolationException race) {
            // Two starts at once: the other one created it.
            return steps.inTransaction(() -> steps.sessions().findByOpenKey(
                    StudySession.openKey(me, SessionKind.DIAGNOSTIC, key)).map(s -> new Started<>(view(s), false))
                    .orElseThrow(() -> race));
        }
    }

    private Started<SessionState> begin(UserId me, String subject) {
        Optional<StudySession> open = steps.sessions().findByOpenKey(
                StudySession.openKey(me, SessionKind.DIAGNOSTIC, subject));
        if (open.isPresent()) {
            return new Started<>(view(open.get()), false);
        }
        ConceptGraph graph = steps.graph();
        if (graph.subject(subject).isEmpty()) {
            throw ApiException.invalid("subject", "unknown-subject", "There is no subject " + subject
                    + " in the concept graph.");
        }
        StudySession session = new StudySession(me, SessionKind.DIAGNOSTIC, subject,
                ThreadLocalRandom.current().nextLong(), LocaleContextHolder.getLocale().getLanguage(), steps.now());
        AdaptiveTest<ItemId> test = test(session, graph, List.of());
        Optional<Candidate<ItemId>> first = next(test, graph, subject);
        if (first.isEmpty()) {
            throw ApiException.conflict("no-items", "There are no items on " + subject + " to diagnose with yet.");
        }
        session.present(first.get().key(), steps.now());
        steps.sessions().saveAndFlush(session);
        return new Started<>(view(session), true);
    }

    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public SessionState get(UUID id) {
        UserId me = CurrentUser.id();
        return steps.inTransaction(() -> view(steps.own(id, me, SessionKind.DIAGNOSTIC)));
    }

    /** The learner's diagnostics, newest first (at most 20). */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public List<SessionState> mine() {
        UserId me = CurrentUser.id();
        return steps.inTransaction(() -> steps.sessions()
                .findTop20ByLearnerIdAndKindOrderByCreatedAtDesc(me.value(), SessionKind.DIAGNOSTIC).stream()
                .map(this::view).toList());
    }

    /** Takes an answer (idempotent per sequence number) and moves the test on. */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public AnswerReply answer(UUID id, String item, JsonNode response, int sequence) {
        UserId me = CurrentUser.id();
        return steps.answer(id, me, SessionKind.DIAGNOSTIC, new AnswerInput(item, response, sequence),
                (session, answers, now) -> advance(me, session, answers, now), this::view);
    }

    private void advance(UserId me, StudySession session, List<SessionAnswer> answers, Instant now) {
        ConceptGraph graph = steps.graph();
        String subject = session.subject();
        AdaptiveTest<ItemId> test = test(session, graph, answers);
        Ability ability = test.ability();
        session.answered(answers.size(), ability.theta(), ability.standardError());
        Optional<AdaptiveTest.Stop> stop = test.stop();
        Optional<Candidate<ItemId>> next = stop.isPresent() ? Optional.empty() : next(test, graph, subject);
        if (next.isPresent()) {
            session.present(next.get().key(), now);
            return;
        }
        AdaptiveTest.Stop reason = stop.orElse(AdaptiveTest.Stop.POOL_EXHAUSTED);
        Map<String, Double> difficulty = new HashMap<>();
        graph.subject(subject).forEach(c -> difficulty.put(c.key(),
                ConceptPriors.difficultyOnScale(c.difficulty())));
        Map<String, Double> priors = ConceptPriors.of(test.answers(), ability, difficulty);
        List<ConceptResult> results = new ArrayList<>();
        priors.forEach((concept, prior) -> {
            int items = 0;
            int correct = 0;
            for (AdaptiveTest.Answer<ItemId> answer : test.answers()) {
                if (answer.candidate().concept().equals(concept)) {
                    items++;
                    correct += answer.outcome() >= 0.999_999 ? 1 : 0;
                }
            }
            results.add(new ConceptResult(concept, graph.concept(concept).map(Concept::name).orElse(concept), items,
                    correct, prior));
        });
        steps.knowledge().seedFromDiagnostic(me, ability.theta(), Math.max(ability.standardError(), 1e-3), priors);
        session.finish(reason.name(), json.writeValueAsString(results), now);
    }

    /** The adaptive test with the session's seed and the subject's exam weights, the answers replayed. */
    private AdaptiveTest<ItemId> test(StudySession session, ConceptGraph graph, List<SessionAnswer> answers) {
        Map<String, Double> weights = new LinkedHashMap<>();
        graph.subject(session.subject()).forEach(c -> weights.put(c.key(), c.examWeight()));
        answers.forEach(a -> weights.putIfAbsent(a.concept() == null ? "" : a.concept(), 0.0));
        AdaptiveTest<ItemId> test = new AdaptiveTest<>(weights, new AdaptiveTest.Settings(
                properties.diagnosticTargetError(), properties.diagnosticMaxItems(), TOP_K), session.seed());
        for (SessionAnswer answer : answers) {
            test.record(new Candidate<>(answer.item(), answer.concept() == null ? "" : answer.concept(),
                    answer.irt()), answer.fraction());
        }
        return test;
    }

    /** Items near the current estimate first; the whole scale when those have all been given. */
    private Optional<Candidate<ItemId>> next(AdaptiveTest<ItemId> test, ConceptGraph graph, String subject) {
        List<String> concepts = graph.subject(subject).stream().map(Concept::key).toList();
        List<ItemId> given = test.answers().stream().map(a -> a.candidate().key()).toList();
        double theta = test.ability().theta();
        Optional<Candidate<ItemId>> near = test.next(candidates(concepts, theta - WINDOW, theta + WINDOW, given));
        return near.isPresent() ? near : test.next(candidates(concepts, -6, 6, given));
    }

    private List<Candidate<ItemId>> candidates(List<String> concepts, double min, double max, List<ItemId> given) {
        List<Candidate<ItemId>> candidates = new ArrayList<>();
        for (PoolItem item : steps.pool().candidates(concepts, min, max, given, CANDIDATES)) {
            if (item.primaryConcept() != null) {
                candidates.add(new Candidate<>(item.id(), item.primaryConcept(), SessionSteps.irt(item)));
            }
        }
        return candidates;
    }

    SessionState view(StudySession session) {
        List<ConceptResult> results = session.results() == null ? List.of()
                : json.readValue(session.results(), new TypeReference<List<ConceptResult>>() {
                });
        boolean any = session.answered() > 0;
        return new SessionState(session.id(), SessionKind.DIAGNOSTIC, session.subject(), session.status().name(),
                session.answered(), properties.diagnosticMaxItems(), session.answered() + 1,
                any ? session.theta() : null, any ? session.standardError() : null,
                properties.diagnosticTargetError(), session.open() ? steps.current(session) : null,
                session.stopReason(), results, null, session.createdAt(),
                session.finishedAt());
    }
}
