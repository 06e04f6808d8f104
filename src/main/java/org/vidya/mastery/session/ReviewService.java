package org.vidya.mastery.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PoolItem;
import org.vidya.mastery.DueReview;
import org.vidya.mastery.MasteryPlanning;
import org.vidya.mastery.session.SessionSteps.AnswerInput;
import org.vidya.mastery.session.SessionViews.AnswerReply;
import org.vidya.mastery.session.SessionViews.ReviewStart;
import org.vidya.mastery.session.SessionViews.ReviewTally;
import org.vidya.mastery.session.SessionViews.SessionState;
import org.vidya.mastery.session.SessionViews.Started;
import org.vidya.mastery.session.SessionViews.WeakSpotOffer;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.UserId;

import tools.jackson.databind.JsonNode;

/**
 * Review sessions: up to ten practice items on the concepts due for review, each near the
 * learner's ability and not seen in the last days, graded at once with the explanation and
 * recorded as practice, which updates memory and the next review date.
 */
@Service
public class ReviewService {

    static final int MAX_ITEMS = 10;
    /** Items answered in sessions this recently are not asked again. */
    static final Duration FRESH = Duration.ofDays(3);
    /** Items are first looked for this far either side of the learner's ability. */
    static final double WINDOW = 1.0;
    static final int PER_CONCEPT = 20;
    static final int WEAK_SPOTS = 5;

    private final SessionSteps steps;
    private final MasteryPlanning planning;

    ReviewService(SessionSteps steps, MasteryPlanning planning) {
        this.steps = steps;
        this.planning = planning;
    }

    /**
     * Starts a review of what is due (the open one comes back while there is one). With nothing
     * due, or no items for what is due, no session starts and the learner's weak spots are offered.
     */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public Started<ReviewStart> start() {
        UserId me = CurrentUser.id();
        try {
            return steps.inTransaction(() -> begin(me));
        } catch (DataIntegrityViolationException race) {
            return steps.inTransaction(() -> steps.sessions().findByOpenKey(
                    StudySession.openKey(me, SessionKind.REVIEW, null))
                    .map(s -> new Started<>(new ReviewStart(view(s), false, List.of()), false))
                    .orElseThrow(() -> race));
        }
    }

    private Started<ReviewStart> begin(UserId me) {
        Optional<StudySession> open = steps.sessions().findByOpenKey(StudySession.openKey(me, SessionKind.REVIEW, null));
        if (open.isPresent()) {
            return new Started<>(new ReviewStart(view(open.get()), false, List.of()), false);
        }
        List<DueReview> due = steps.knowledge().due(me, MAX_ITEMS);
        List<ItemId> plan = due.isEmpty() ? List.of() : plan(me, due);
        if (plan.isEmpty()) {
            return new Started<>(new ReviewStart(null, true, weakSpots(me)), false);
        }
        Instant now = steps.now();
        StudySession session = new StudySession(me, SessionKind.REVIEW, null, ThreadLocalRandom.current().nextLong(),
                LocaleContextHolder.getLocale().getLanguage(), now);
        session.plan(plan.stream().map(ItemId::toString).collect(Collectors.joining(",")));
        session.present(plan.getFirst(), now);
        steps.sessions().saveAndFlush(session);
        return new Started<>(new ReviewStart(view(session), false, List.of()), true);
    }

    /**
     * Items for the due concepts, weakest concept first, taken in turns so that each concept gets
     * one before any gets a second; within a concept, the item whose difficulty is closest to the
     * learner's ability.
     */
    private List<ItemId> plan(UserId me, List<DueReview> due) {
        double theta = steps.knowledge().standing(me).theta();
        Set<ItemId> seen = new HashSet<>();
        steps.answers().itemsSince(me.value(), steps.now().minus(FRESH)).forEach(id -> seen.add(new ItemId(id)));
        List<List<PoolItem>> perConcept = new ArrayList<>();
        for (DueReview review : due) {
            List<String> concept = List.of(review.concept());
            List<PoolItem> near = steps.pool().candidates(concept, theta - WINDOW, theta + WINDOW, seen, PER_CONCEPT);
            List<PoolItem> found = near.isEmpty() ? steps.pool().candidates(concept, -6, 6, seen, PER_CONCEPT) : near;
            perConcept.add(found.stream().sorted(Comparator.comparingDouble((PoolItem i) -> Math.abs(i.b() - theta))
                    .thenComparing(i -> i.id().toString())).toList());
        }
        Set<ItemId> plan = new LinkedHashSet<>();
        int rounds = perConcept.stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < rounds && plan.size() < MAX_ITEMS; round++) {
            for (List<PoolItem> items : perConcept) {
                if (round < items.size() && plan.size() < MAX_ITEMS) {
                    plan.add(items.get(round).id());
                }
            }
        }
        return List.copyOf(plan);
    }

    private List<WeakSpotOffer> weakSpots(UserId me) {
        return planning.weakSpots(me, WEAK_SPOTS).stream().map(w -> new WeakSpotOffer(w.concept().key(),
                w.concept().name(), w.knowledge().mastery(), w.concept().examWeight())).toList();
    }

    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public SessionState get(UUID id) {
        UserId me = CurrentUser.id();
        return steps.inTransaction(() -> view(steps.own(id, me, SessionKind.REVIEW)));
    }

    /** Takes an answer (idempotent per sequence number), with feedback at once, and moves to the next item. */
    @PreAuthorize("hasAuthority('MASTERY_LEARN')")
    public AnswerReply answer(UUID id, String item, JsonNode response, int sequence) {
        UserId me = CurrentUser.id();
        return steps.answer(id, me, SessionKind.REVIEW, new AnswerInput(item, response, sequence),
                (session, answers, now) -> {
                    List<ItemId> plan = plan(session);
                    session.answered(answers.size(), 0, 0);
                    if (answers.size() >= plan.size()) {
                        session.finish("PLAN_DONE", null, now);
                    } else {
                        session.present(plan.get(answers.size()), now);
                    }
                }, this::view);
    }

    private static List<ItemId> plan(StudySession session) {
        String plan = session.plan();
        return plan == null || plan.isBlank() ? List.of()
                : Arrays.stream(plan.split(",")).map(ItemId::of).toList();
    }

    SessionState view(StudySession session) {
        List<SessionAnswer> answers = steps.answers().findBySessionIdOrderBySequence(session.id());
        double credit = answers.stream().mapToDouble(SessionAnswer::fraction).sum();
        return new SessionState(session.id(), SessionKind.REVIEW, null, session.status().name(), session.answered(),
                plan(session).size(), session.answered() + 1, null, null, null,
                session.open() ? steps.current(session) : null, session.stopReason(), List.of(),
                new ReviewTally(answers.size(), credit), session.createdAt(), session.finishedAt());
    }
}
