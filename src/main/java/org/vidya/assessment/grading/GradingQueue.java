package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.Outcome;
import org.vidya.identity.AccountSummary;
import org.vidya.identity.IdentityManagement;
import org.vidya.platform.ApiException;
import org.vidya.platform.CurrentUser;
import org.vidya.platform.CursorPage;
import org.vidya.platform.FieldViolation;
import org.vidya.platform.UserId;
import org.vidya.platform.VidyaPrincipal;
import org.vidya.platform.text.Markdown;
import org.vidya.privacy.AuditLog;
import org.vidya.privacy.AuditRecord;

import tools.jackson.databind.JsonNode;

/**
 * The grading queue: items waiting for a person, listed for the staff who may grade them (the
 * class's teachers, org admins), read with the learner's answer and the rubric, and scored with a
 * rubric (a level per criterion; the fraction is points earned over the best points) or a fraction.
 * Teachers may also override the score of any item of a submitted attempt.
 */
@Service
public class GradingQueue {

    public static final int MAX_FEEDBACK = 10_000;

    private final GradingTasks tasks;
    private final ResultRecords results;
    private final ItemScoreRecords itemScores;
    private final AttemptGrader grading;
    private final ResultAccess access;
    private final AttemptLedger ledger;
    private final IdentityManagement identity;
    private final AuditLog audit;

    GradingQueue(GradingTasks tasks, ResultRecords results, ItemScoreRecords itemScores, AttemptGrader grading,
            ResultAccess access, @Lazy AttemptLedger ledger, IdentityManagement identity, AuditLog audit) {
        this.tasks = tasks;
        this.results = results;
        this.itemScores = itemScores;
        this.grading = grading;
        this.access = access;
        this.ledger = ledger;
        this.identity = identity;
        this.audit = audit;
    }

    /** A queued item in a list. */
    public record TaskSummary(UUID id, UUID attempt, String slot, String type, UUID quiz, @Nullable UUID schedule,
            UUID learner, String learnerName, String status, String grader, Instant createdAt) {
    }

    /**
     * A queued item to grade: the item's prompt (sanitized HTML), guidance and rubric for graders,
     * the learner's response as they sent it (text is shown as text, never as HTML), and the
     * score so far.
     */
    public record TaskView(TaskSummary task, String quizTitle, @Nullable String prompt, @Nullable String guidance,
            @Nullable JsonNode rubric, @Nullable JsonNode response, BigDecimal maxScore, @Nullable BigDecimal score,
            @Nullable Double fraction, @Nullable String feedback, @Nullable Map<String, String> levels) {
    }

    /** A person's score: a fraction of the item's credit (0..1), or one rubric level per criterion; feedback for the learner. */
    public record TaskScore(@Nullable Double fraction, @Nullable Map<String, String> levels, @Nullable String feedback) {
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public CursorPage<TaskSummary> pending(@Nullable QuizId quiz, @Nullable ScheduleId schedule, @Nullable String cursor,
            @Nullable Integer limit) {
        int size = CursorPage.limit(limit);
        UUID after = CursorPage.after(cursor);
        VidyaPrincipal me = CurrentUser.get();
        Map<String, Boolean> mayGrade = new HashMap<>();
        List<GradingTask> page = new ArrayList<>();
        // Tasks of classes the caller does not teach are skipped, so read in batches until the page is full.
        while (page.size() <= size) {
            List<GradingTask> batch = tasks.queue(GradingTask.Status.PENDING, quiz == null ? null : quiz.value(),
                    schedule == null ? null : schedule.value(), after, Limit.of(200));
            for (GradingTask task : batch) {
                String key = task.schedule() != null ? "s" + task.schedule() : "q" + task.quiz() + task.learner();
                if (mayGrade.computeIfAbsent(key, k -> mayGrade(me, task))) {
                    page.add(task);
                    if (page.size() > size) {
                        break;
                    }
                }
            }
            if (batch.size() < 200) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        Map<UserId, AccountSummary> people = identity.accounts(page.stream().map(GradingTask::learner).toList());
        return CursorPage.of(page, size, GradingTask::id, t -> summary(t, people.get(t.learner())));
    }

    private boolean mayGrade(VidyaPrincipal me, GradingTask task) {
        Optional<ResultPolicy> policy = task.schedule() != null ? ledger.policy(task.schedule())
                : ledger.policy(task.quiz());
        return policy.isPresent() && (task.schedule() != null ? access.teaches(me, policy.get())
                : access.mayRead(me, task.learner(), policy.get()));
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional(readOnly = true)
    public TaskView read(UUID taskId) {
        GradingTask task = visibleTask(taskId);
        return view(task);
    }

    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public TaskView score(UUID taskId, TaskScore score) {
        GradingTask task = visibleTask(taskId);
        SubmittedAttempt attempt = ledger.submitted(task.attempt());
        AttemptKey.Slot slot = slot(attempt, task.slot());
        String feedback = feedback(score.feedback());
        double fraction;
        Map<String, String> levels = score.levels();
        if (levels != null && !levels.isEmpty()) {
            if (score.fraction() != null) {
                throw ApiException.invalid("fraction", "rubric-graded",
                        "give either a level per rubric criterion or a fraction, not both");
            }
            fraction = rubricFraction(slot.body().path("rubric"), levels);
        } else {
            if (score.fraction() == null) {
                throw ApiException.invalid("fraction", "required", "give a fraction of the item's credit or rubric levels");
            }
            fraction = checkedFraction(score.fraction(), 0);
            levels = null;
        }
        UserId me = CurrentUser.id();
        grading.score(task.attempt(), task.slot(), ItemScore.of(fraction, feedback), Grader.PERSON, me, false);
        task.done(levels, me, grading.now());
        audit.record(AuditRecord.success(CurrentUser.tenant(), me, "assessment.item-scored", "attempt",
                task.attempt().value(), task.slot() + " scored " + fraction + ", learner " + task.learner()));
        return view(task);
    }

    /** A teacher's score for any item of a submitted attempt, objective items included; kept through later regrades. */
    @PreAuthorize("hasAuthority('TESTS_MANAGE')")
    @Transactional
    public void override(AttemptId attemptId, String slotName, @Nullable Double fractionGiven,
            @Nullable String feedbackGiven) {
        ResultRecord result = results.findById(attemptId.value()).orElseThrow(ResultAccess::attemptNotFound);
        VidyaPrincipal me = CurrentUser.get();
        ResultPolicy policy = (result.schedule() != null ? ledger.policy(result.schedule())
                : ledger.policy(result.quiz())).orElseThrow(ResultAccess::attemptNotFound);
        if (me.userId().equals(result.learner()) || !access.mayRead(me, result.learner(), policy)) {
            throw ResultAccess.attemptNotFound();
        }
        if (fractionGiven == null) {
            throw ApiException.invalid("fraction", "required", "give a fraction of the item's credit, from -1 to 1");
        }
        double fraction = checkedFraction(fractionGiven, -1);
        String feedback = feedback(feedbackGiven);
        SubmittedAttempt attempt = ledger.submitted(attemptId);
        slot(attempt, slotName);
        grading.score(attemptId, slotName, ItemScore.of(fraction, feedback), Grader.PERSON, me.userId(), true);
        tasks.findByAttemptIdAndSlot(attemptId.value(), slotName)
                .filter(t -> t.status() == GradingTask.Status.PENDING)
                .ifPresent(t -> t.done(null, me.userId(), grading.now()));
        audit.record(AuditRecord.success(CurrentUser.tenant(), me.userId(), "assessment.item-score-overridden",
                "attempt", attemptId.value(), slotName + " set to " + fraction + ", learner " + result.learner()));
    }

    private GradingTask visibleTask(UUID id) {
        GradingTask task = tasks.findById(id).orElseThrow(GradingQueue::taskNotFound);
        if (!mayGrade(CurrentUser.get(), task)) {
            throw taskNotFound();
        }
        return task;
    }

    private TaskView view(GradingTask task) {
        SubmittedAttempt attempt = ledger.submitted(task.attempt());
        AttemptKey.Slot slot = slot(attempt, task.slot());
        AccountSummary learner = identity.find(task.learner()).orElse(null);
        ItemScoreRecord record = itemScores.findByAttemptIdOrderBySectionIndexAscIdAsc(task.attempt().value()).stream()
                .filter(r -> r.slot().equals(task.slot())).findFirst().orElse(null);
        boolean scored = record != null && record.outcome() != Outcome.PENDING;
        JsonNode body = slot.body();
        String prompt = body.hasNonNull("prompt") ? Markdown.render(body.get("prompt").asString()) : null;
        String guidance = body.hasNonNull("guidance") ? body.get("guidance").asString() : null;
        JsonNode rubric = body.hasNonNull("rubric") ? body.get("rubric") : null;
        SavedAnswer answer = attempt.answers().get(task.slot());
        return new TaskView(summary(task, learner), attempt.quizTitle(), prompt, guidance, rubric,
                answer == null ? null : answer.response(), record == null ? Marks.zero() : record.maxScore(),
                scored ? record.score() : null, scored ? record.fraction() : null,
                scored ? record.feedback() : null, task.levels());
    }

    private static TaskSummary summary(GradingTask t, @Nullable AccountSummary learner) {
        return new TaskSummary(t.id(), t.attempt().value(), t.slot(), t.type(), t.quiz().value(),
                t.schedule() == null ? null : t.schedule().value(), t.learner().value(),
                learner == null ? "" : learner.displayName(), t.status().name().toLowerCase(java.util.Locale.ROOT),
                t.grader().name().toLowerCase(java.util.Locale.ROOT), t.createdAt());
    }

    static AttemptKey.Slot slot(SubmittedAttempt attempt, String slot) {
        return attempt.key().slots().stream().filter(s -> s.slot().equals(slot)).findFirst()
                .orElseThrow(() -> ApiException.notFound("slot-not-found", "This attempt has no item " + slot + "."));
    }

    /**
     * Points of the picked levels over the best points of every criterion. Every criterion needs a
     * level; unknown criteria or levels are per-field errors.
     */
    static double rubricFraction(JsonNode rubric, Map<String, String> levels) {
        JsonNode criteria = rubric.path("criteria");
        if (!criteria.isArray() || criteria.isEmpty()) {
            throw ApiException.invalid("levels", "no-rubric", "this item has no rubric; give a fraction");
        }
        List<FieldViolation> problems = new ArrayList<>();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        criteria.forEach(c -> byId.put(c.path("id").asString(), c));
        for (String criterion : levels.keySet()) {
            if (!byId.containsKey(criterion)) {
                problems.add(new FieldViolation("levels." + criterion, "unknown-criterion", "no such criterion"));
            }
        }
        double earned = 0;
        double best = 0;
        for (Map.Entry<String, JsonNode> criterion : byId.entrySet()) {
            double top = 0;
            Double picked = null;
            String level = levels.get(criterion.getKey());
            for (JsonNode l : criterion.getValue().path("levels")) {
                double points = l.path("points").asDouble();
                top = Math.max(top, points);
                if (l.path("id").asString().equals(level)) {
                    picked = points;
                }
            }
            best += top;
            if (level == null) {
                problems.add(new FieldViolation("levels." + criterion.getKey(), "required", "pick a level"));
            } else if (picked == null) {
                problems.add(new FieldViolation("levels." + criterion.getKey(), "unknown-level", "no such level"));
            } else {
                earned += picked;
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return best <= 0 ? 0 : Math.max(0, Math.min(1, earned / best));
    }

    static double checkedFraction(double fraction, double lowest) {
        if (Double.isNaN(fraction) || fraction < lowest || fraction > 1) {
            throw ApiException.invalid("fraction", "out-of-range", "must be from " + (lowest < 0 ? "-1" : "0") + " to 1");
        }
        return fraction;
    }

    static @Nullable String feedback(@Nullable String feedback) {
        if (feedback != null && feedback.length() > MAX_FEEDBACK) {
            throw ApiException.invalid("feedback", "size", "must be at most " + MAX_FEEDBACK + " characters");
        }
        return feedback == null || feedback.isBlank() ? null : feedback.strip();
    }

    static ApiException taskNotFound() {
        return ApiException.notFound("grading-task-not-found", "No such item waiting for grading in your organization.");
    }
}
