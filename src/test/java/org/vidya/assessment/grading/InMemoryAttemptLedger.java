package org.vidya.assessment.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.AttemptLedger;
import org.vidya.assessment.quiz.ItemKeyChange;
import org.vidya.assessment.quiz.ResultPolicy;
import org.vidya.assessment.quiz.SubmittedAttempt;
import org.vidya.platform.ApiException;
import org.vidya.platform.Tenancy;
import org.vidya.platform.TenantId;

/**
 * Attempts as grading sees them, kept in memory for grading's own tests, tenant by tenant as the
 * real ledger keeps them: an attempt or schedule of another tenant is not found.
 */
public class InMemoryAttemptLedger implements AttemptLedger {

    private final Map<AttemptId, SubmittedAttempt> attempts = new ConcurrentHashMap<>();
    private final Map<QuizId, Owned> quizzes = new ConcurrentHashMap<>();
    private final Map<ScheduleId, Owned> schedules = new ConcurrentHashMap<>();
    private final Set<AttemptId> graded = ConcurrentHashMap.newKeySet();

    private record Owned(TenantId tenant, ResultPolicy policy) {
    }

    public void add(SubmittedAttempt attempt) {
        attempts.put(attempt.id(), attempt);
    }

    public void quiz(TenantId tenant, ResultPolicy policy) {
        quizzes.put(policy.quiz(), new Owned(tenant, policy));
    }

    public void schedule(TenantId tenant, ScheduleId schedule, ResultPolicy policy) {
        schedules.put(schedule, new Owned(tenant, policy));
    }

    public boolean isGraded(AttemptId attempt) {
        return graded.contains(attempt);
    }

    private static boolean visible(TenantId owner) {
        return Tenancy.isRoot() || Tenancy.current().map(owner::equals).orElse(false);
    }

    @Override
    public SubmittedAttempt submitted(AttemptId attempt) {
        SubmittedAttempt found = attempts.get(attempt);
        if (found == null || !visible(found.tenant())) {
            throw ApiException.notFound("attempt-not-found", "No such attempt.");
        }
        return found;
    }

    @Override
    public void markGraded(AttemptId attempt) {
        submitted(attempt);
        graded.add(attempt);
    }

    @Override
    public List<AttemptId> replaceItemBody(ItemKeyChange change) {
        List<AttemptId> touched = new ArrayList<>();
        for (SubmittedAttempt attempt : attempts.values()) {
            if (!visible(attempt.tenant())
                    || attempt.key().slots().stream().noneMatch(s -> s.item().equals(change.item()))) {
                continue;
            }
            List<AttemptKey.Slot> slots = attempt.key().slots().stream().map(s -> !s.item().equals(change.item()) ? s
                    : new AttemptKey.Slot(s.slot(), s.section(), s.item(), change.version(), s.type(), change.body(),
                            s.marks(), s.negativeMarks(), s.primaryConcept(), s.secondaryConcepts(), s.difficulty()))
                    .toList();
            attempts.put(attempt.id(), new SubmittedAttempt(attempt.id(), attempt.tenant(), attempt.learner(),
                    attempt.quiz(), attempt.quizTitle(), attempt.schedule(),
                    new AttemptKey(attempt.key().sections(), slots), attempt.answers(), attempt.automatic(),
                    attempt.startedAt(), attempt.submittedAt()));
            touched.add(attempt.id());
        }
        return touched;
    }

    @Override
    public Optional<ResultPolicy> policy(QuizId quiz) {
        return Optional.ofNullable(quizzes.get(quiz)).filter(o -> visible(o.tenant())).map(Owned::policy);
    }

    @Override
    public Optional<ResultPolicy> policy(ScheduleId schedule) {
        return Optional.ofNullable(schedules.get(schedule)).filter(o -> visible(o.tenant())).map(Owned::policy);
    }
}
