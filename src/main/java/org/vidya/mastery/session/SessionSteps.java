package org.vidya.mastery.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.ItemPool;
import org.vidya.assessment.PoolItem;
import org.vidya.assessment.PracticeGrade;
import org.vidya.assessment.PresentedItem;
import org.vidya.mastery.ConceptGraph;
import org.vidya.mastery.ConceptGraphs;
import org.vidya.mastery.EvidenceSource;
import org.vidya.mastery.KnowledgeStates;
import org.vidya.mastery.Observation;
import org.vidya.mastery.irt.IrtItem;
import org.vidya.mastery.session.SessionViews.AnswerFeedback;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.CurrentItem;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.platform.ApiException;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;

/**
 * What diagnostic and review sessions share: finding the learner's own session, taking an answer
 * once per sequence number, grading it through the item pool, keeping it and recording it as
 * evidence. What comes next is the caller's: the adaptive test or the review plan.
 */
@Component
class SessionSteps {

    static final int MAX_RESPONSE_CHARS = 64 * 1024;
    static final int MAX_SEQUENCE = 1_000;
    static final Duration LONGEST_ANSWER = Duration.ofDays(1);

    private final StudySessions sessions;
    private final SessionAnswers answers;
    private final ItemPool pool;
    private final KnowledgeStates knowledge;
    private final ConceptGraphs graphs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final EntityManager entities;

    SessionSteps(StudySessions sessions, SessionAnswers answers, ItemPool pool, KnowledgeStates knowledge,
            ConceptGraphs graphs, TransactionTemplate transactions, Clock clock, EntityManager entities) {
        this.entities = entities;
        this.sessions = sessions;
        this.answers = answers;
        this.pool = pool;
        this.knowledge = knowledge;
        this.graphs = graphs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What a session does after an answer was kept: choose the next item or finish. */
    interface Advance {
        void after(StudySession session, List<SessionAnswer> answers, Instant now);
    }

    /** The answer as it was sent. */
    record AnswerInput(String item, JsonNode response, int sequence) {
    }

    /** Now, to the microsecond the database keeps, so that a replayed reply equals the first one. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    ItemPool pool() {
        return pool;
    }

    KnowledgeStates knowledge() {
        return knowledge;
    }

    ConceptGraph graph() {
        return graphs.current();
    }

    StudySessions sessions() {
        return sessions;
    }

    SessionAnswers answers() {
        return answers;
    }

    <T> T inTransaction(Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("A session transaction returned nothing");
        }
        return result;
    }

    /** The learner's own session of this kind; anyone else's, or another kind's, is not found. */
    StudySession own(UUID id, UserId learner, SessionKind kind) {
        return sessions.findByIdAndLearnerId(id, learner.value()).filter(s -> s.kind() == kind)
                .orElseThrow(() -> ApiException.notFound("session-not-found", "There is no such session."));
    }

    /**
     * Takes one answer. A sequence number already answered gets the reply it got then (a retry
     * after a lost response); otherwise the answer must be the next in sequence and be for the
     * item the session waits for. Two answers racing for the same session: one wins, the other is
     * answered as a retry when it was the same answer, or refused.
     */
    AnswerReply answer(UUID id, UserId learner, SessionKind kind, AnswerInput input, Advance advance,
            Viewer viewer) {
        validate(input);
        try {
            return inTransaction(() -> {
                StudySession session = own(id, learner, kind);
                Optional<SessionAnswer> earlier = answers.findBySessionIdAndSequence(session.id(), input.sequence());
                if (earlier.isPresent()) {
                    return new AnswerReply(feedback(kind, earlier.get()), viewer.view(session));
                }
                if (!session.open()) {
                    throw ApiException.conflict("session-finished", "This session is over.");
                }
                int expected = session.answered() + 1;
                if (input.sequence() != expected) {
                    throw ApiException.conflict("sequence-mismatch", "The next answer is number " + expected + ".")
                            .with("expected", expected);
                }
                ItemId item = itemId(input.item());
                if (!item.equals(session.currentItem())) {
                    throw ApiException.invalid("item", "not-current", "This is not the item the session is waiting for.");
                }
                PoolItem pooled = pool.items(List.of(item)).stream().findFirst().orElseThrow(
                        () -> ApiException.invalid("item", "unknown-item", "There is no such item."));
                PracticeGrade grade = pool.grade(item, input.response(), session.language());
                Instant now = now();
                long took = session.presentedAt() == null ? 0
                        : Math.clamp(Duration.between(session.presentedAt(), now).toMillis(), 0,
                                LONGEST_ANSWER.toMillis());
                double fraction = Math.clamp(grade.fraction(), 0.0, 1.0);
                SessionAnswer answer = new SessionAnswer(session.id(), input.sequence(), learner, item,
                        pooled.primaryConcept(), irt(pooled), input.response().toString(), fraction, grade.correct(),
                        grade.explanationHtml(), took, now);
                // persist, not save: a row already there under this sequence must fail, not be overwritten
                entities.persist(answer);
                entities.flush();
                knowledge.record(learner, List.of(new Observation(item, pooled.primaryConcept(),
                        pooled.secondaryConcepts(), pooled.b(), pooled.a(), fraction, now, took)),
                        kind == SessionKind.DIAGNOSTIC ? EvidenceSource.DIAGNOSTIC : EvidenceSource.PRACTICE);
                advance.after(session, answers.findBySessionIdOrderBySequence(session.id()), now);
                sessions.saveAndFlush(session);
                return new AnswerReply(feedback(kind, answer), viewer.view(session));
            });
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException | PersistenceException race) {
            // The entity manager's own flush is not translated into Spring's exceptions, hence PersistenceException.
            return inTransaction(() -> {
                StudySession session = own(id, learner, kind);
                SessionAnswer won = answers.findBySessionIdAndSequence(session.id(), input.sequence())
                        .orElseThrow(() -> ApiException.conflict("answer-conflict",
                                "Another answer was taken at the same moment; reload the session."));
                return new AnswerReply(feedback(kind, won), viewer.view(session));
            });
        }
    }

    /** Builds a session's state in the same transaction. */
    interface Viewer {
        SessionState view(StudySession session);
    }

    private static void validate(AnswerInput input) {
        if (input.sequence() < 1 || input.sequence() > MAX_SEQUENCE) {
            throw ApiException.invalid("sequence", "out-of-range", "The sequence number runs from 1 to " + MAX_SEQUENCE
                    + ".");
        }
        if (input.response().toString().length() > MAX_RESPONSE_CHARS) {
            throw ApiException.invalid("response", "too-long", "A response may have at most " + MAX_RESPONSE_CHARS
                    + " characters.");
        }
    }

    static ItemId itemId(String text) {
        try {
            return ItemId.of(text.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("item", "unknown-item", "There is no such item.");
        }
    }

    static AnswerFeedback feedback(SessionKind kind, SessionAnswer answer) {
        if (kind == SessionKind.DIAGNOSTIC) {
            return new AnswerFeedback(answer.sequence(), answer.item().value(), null, null, null);
        }
        return new AnswerFeedback(answer.sequence(), answer.item().value(), answer.correct(), answer.fraction(),
                answer.explanation());
    }

    /** The bank's parameters, kept inside the ranges the model accepts (labels' defaults may sit on an edge). */
    static IrtItem irt(PoolItem item) {
        double a = Double.isFinite(item.a()) ? Math.clamp(item.a(), 0.05, 4) : 1;
        double b = Double.isFinite(item.b()) ? Math.clamp(item.b(), -6, 6) : 0;
        double c = Double.isFinite(item.c()) ? Math.clamp(item.c(), 0, 0.95) : 0;
        return new IrtItem(a, b, c);
    }

    /** The waiting item rendered for the learner; null when the session waits for none or the item is gone. */
    @Nullable CurrentItem current(StudySession session) {
        ItemId item = session.currentItem();
        if (item == null) {
            return null;
        }
        int sequence = session.answered() + 1;
        Optional<PresentedItem> presented = pool.present(item, session.language(), session.seed() ^ sequence);
        if (presented.isEmpty()) {
            return null;
        }
        PoolItem pooled = pool.items(List.of(item)).stream().findFirst().orElse(null);
        String concept = pooled == null ? null : pooled.primaryConcept();
        String conceptName = concept == null ? null
                : graph().concept(concept).map(c -> c.name()).orElse(concept);
        PresentedItem view = presented.get();
        return new CurrentItem(item.value(), sequence, concept, conceptName, view.type(), view.version(), view.view());
    }
}
