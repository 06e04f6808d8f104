package org.vidya.assessment.grading;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptGraded;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.AttemptSubmitted;
import org.vidya.assessment.ItemOutcome;
import org.vidya.assessment.bank.ItemTypes;
import org.vidya.assessment.quiz.AttemptGrading;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.platform.UserId;

import tools.jackson.databind.json.JsonMapper;

/**
 * Grades attempts: on submit in the submitting transaction, then again whenever a score changes
 * (a person scores a queued item, a teacher overrides one, an item's key changes). Every score
 * from outside an item type goes through {@link #score}, so an AI grader can call it later and a
 * teacher override it afterwards.
 */
@Service
public class AttemptGrader implements AttemptGrading {

    private static final Logger log = LoggerFactory.getLogger(AttemptGrader.class);

    private final ResultRecords results;
    private final ItemScoreRecords itemScores;
    private final GradingTasks tasks;
    private final AttemptLedger ledger;
    private final ItemTypes types;
    private final ApplicationEventPublisher events;
    private final StandingCache standings;
    private final JsonMapper json;
    private final Clock clock;

    AttemptGrader(ResultRecords results, ItemScoreRecords itemScores, GradingTasks tasks,
            @Lazy AttemptLedger ledger, @Lazy ItemTypes types, ApplicationEventPublisher events,
            StandingCache standings, JsonMapper json, Clock clock) {
        this.results = results;
        this.itemScores = itemScores;
        this.tasks = tasks;
        this.ledger = ledger;
        this.types = types;
        this.events = events;
        this.standings = standings;
        this.json = json;
        this.clock = clock;
    }

    private Scoring scoring() {
        return new Scoring(types::find);
    }

    @Override
    @Transactional
    public void submitted(SubmittedAttempt attempt) {
        if (results.existsById(attempt.id().value())) {
            log.warn("Attempt {} was already graded on submit; ignoring a second call", attempt.id());
            return;
        }
        Instant now = now();
        UUID tenant = attempt.tenant().value();
        ScoreSheet sheet = scoring().score(attempt.key(), attempt.answers());
        for (SlotScore slot : sheet.slots()) {
            itemScores.save(new ItemScoreRecord(tenant, attempt.id(), slot, now));
            if (slot.pending()) {
                tasks.save(new GradingTask(tenant, attempt.id(), slot.slot().slot(), slot.slot().item(),
                        slot.slot().type(), attempt.quiz(), attempt.schedule(), attempt.learner(), Grader.PERSON,
                        now));
            }
        }
        ResultRecord result = new ResultRecord(tenant, attempt.id(), attempt.quiz(), attempt.schedule(),
                attempt.learner(), attempt.startedAt(), attempt.submittedAt());
        boolean graded = result.update(sheet, json.writeValueAsString(sheet.sections()),
                json.writeValueAsString(sheet.concepts()), now);
        results.save(result);
        events.publishEvent(new AttemptSubmitted(attempt.id(), attempt.learner(), attempt.quiz(), attempt.schedule(),
                attempt.automatic(), attempt.tenant(), now));
        if (graded) {
            ledger.markGraded(attempt.id());
            events.publishEvent(graded(attempt, sheet, false, now));
        }
        standings.changed(attempt.schedule());
    }

    /**
     * Gives one slot of a submitted attempt a score from outside its item type: a person in the
     * grading queue, a teacher's override, or the AI grader. Recomputes the result; publishes
     * {@link AttemptGraded} when the attempt's last pending item is scored, or again (as a
     * regrade) when a final result changes.
     */
    @Transactional
    public void score(AttemptId attemptId, String slotName, ItemScore score, Grader grader, UserId by,
            boolean override) {
        // Two people scoring the last two pending items at once: the second waits here, and
        // then sees the first's score, so the result turns final (and is published) once.
        results.lockById(attemptId.value()).orElseThrow(() -> org.vidya.platform.ApiException.notFound(
                "attempt-not-found", "No such attempt in your organization."));
        SubmittedAttempt attempt = ledger.submitted(attemptId);
        AttemptKey.Slot slot = attempt.key().slots().stream().filter(s -> s.slot().equals(slotName)).findFirst()
                .orElseThrow(() -> org.vidya.platform.ApiException.notFound("slot-not-found",
                        "This attempt has no item " + slotName + "."));
        Instant now = now();
        ItemScoreRecord record = itemScores.findByAttemptIdOrderBySectionIndexAscIdAsc(attemptId.value()).stream()
                .filter(r -> r.slot().equals(slotName)).findFirst().orElseThrow();
        SavedAnswer answer = attempt.answers().get(slotName);
        SlotScore scored = Scoring.scored(attempt.key(), slot, score, record.answered(),
                answer == null ? record.responseTimeMillis() : answer.timeSpentMillis());
        if (override) {
            record.override(scored, by, now);
        } else {
            record.take(scored, grader, by, now);
        }
        recompute(attempt, false, now);
    }

    /** Scores the attempt's slots again under its (possibly changed) key, keeping scores people gave. */
    @Transactional
    public void regrade(AttemptId attemptId) {
        if (results.lockById(attemptId.value()).isEmpty()) {
            return;
        }
        recompute(ledger.submitted(attemptId), true, now());
    }

    private void recompute(SubmittedAttempt attempt, boolean byType, Instant now) {
        ResultRecord result = results.findById(attempt.id().value()).orElse(null);
        if (result == null) {
            log.warn("Attempt {} has no result to recompute", attempt.id());
            return;
        }
        boolean wasFinal = result.finalResult();
        Map<String, ItemScoreRecord> records = new HashMap<>();
        itemScores.findByAttemptIdOrderBySectionIndexAscIdAsc(attempt.id().value())
                .forEach(r -> records.put(r.slot(), r));
        Scoring scoring = scoring();
        List<SlotScore> slots = new ArrayList<>();
        for (AttemptKey.Slot slot : attempt.key().slots()) {
            ItemScoreRecord record = records.get(slot.slot());
            SlotScore score;
            if (record == null) {
                score = scoring.score(attempt.key(), slot, attempt.answers().get(slot.slot()));
                itemScores.save(new ItemScoreRecord(attempt.tenant().value(), attempt.id(), score, now));
            } else if (byType && !record.scoredOutsideType()) {
                score = scoring.score(attempt.key(), slot, attempt.answers().get(slot.slot()));
                record.take(score, Grader.AUTO, null, now);
            } else {
                score = Scoring.scored(attempt.key(), slot, record.itemScore(), record.answered(),
                        record.responseTimeMillis());
            }
            slots.add(score);
        }
        ScoreSheet sheet = ScoreSheet.of(attempt.key(), slots);
        boolean becameFinal = result.update(sheet, json.writeValueAsString(sheet.sections()),
                json.writeValueAsString(sheet.concepts()), now);
        if (becameFinal) {
            ledger.markGraded(attempt.id());
            events.publishEvent(graded(attempt, sheet, false, now));
        } else if (wasFinal && sheet.complete()) {
            events.publishEvent(graded(attempt, sheet, true, now));
        }
        standings.changed(attempt.schedule());
    }

    private static AttemptGraded graded(SubmittedAttempt attempt, ScoreSheet sheet, boolean regrade, Instant now) {
        List<ItemOutcome> outcomes = sheet.slots().stream().map(s -> new ItemOutcome(s.slot().item(),
                s.slot().type(), s.slot().primaryConcept(), s.slot().secondaryConcepts(), s.slot().difficulty(),
                s.fraction(), s.answered(), s.score(), s.maxScore(), s.timeSpentMillis())).toList();
        return new AttemptGraded(attempt.id(), attempt.learner(), attempt.quiz(), attempt.schedule(), sheet.score(),
                sheet.maxScore(), outcomes, regrade, attempt.tenant(), now);
    }

    // Times are kept to the microsecond, as the database keeps them.
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static @Nullable String trimmed(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
