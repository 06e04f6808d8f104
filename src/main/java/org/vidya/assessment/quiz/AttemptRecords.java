package org.vidya.assessment.quiz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.jspecify.annotations.Nullable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.organization.ClassId;

/** What grading asks of attempts: a submitted attempt with its key and answers, its grading status, key changes. */
@Component
class AttemptRecords implements AttemptLedger {

    private final Attempts attempts;
    private final Quizzes quizzes;
    private final Schedules schedules;
    private final AttemptService service;

    AttemptRecords(Attempts attempts, Quizzes quizzes, Schedules schedules, AttemptService service) {
        this.attempts = attempts;
        this.quizzes = quizzes;
        this.schedules = schedules;
        this.service = service;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultPolicy> policy(QuizId quiz) {
        return quizzes.findById(quiz.value()).map(q -> policy(q, null));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ResultPolicy> policy(ScheduleId schedule) {
        return schedules.findById(schedule.value())
                .flatMap(s -> quizzes.findById(s.quizId()).map(q -> policy(q, s)));
    }

    private static ResultPolicy policy(Quiz quiz, @Nullable Schedule schedule) {
        ResultPolicy.FeedbackTiming feedback = switch (quiz.settings().feedback()) {
            case IMMEDIATE -> ResultPolicy.FeedbackTiming.IMMEDIATE;
            case AFTER_SUBMIT -> ResultPolicy.FeedbackTiming.AFTER_SUBMIT;
            case AFTER_WINDOW -> ResultPolicy.FeedbackTiming.AFTER_WINDOW;
        };
        return new ResultPolicy(quiz.quizId(), quiz.title(), feedback, quiz.settings().passMark(),
                schedule == null ? null : new ClassId(schedule.classId()),
                schedule == null ? null : schedule.opensAt(), schedule == null ? null : schedule.closesAt());
    }

    @Override
    @Transactional(readOnly = true)
    public SubmittedAttempt submitted(AttemptId id) {
        Attempt attempt = attempts.findById(id.value()).filter(a -> a.status().submitted())
                .orElseThrow(AttemptService::attemptNotFound);
        return service.submitted(attempt);
    }

    @Override
    @Transactional
    public void markGraded(AttemptId id) {
        attempts.findById(id.value()).ifPresent(Attempt::markGraded);
    }

    @Override
    @Transactional
    public List<AttemptId> replaceItemBody(ItemKeyChange change) {
        List<AttemptId> touched = new ArrayList<>();
        String item = change.item().toString();
        for (Attempt attempt : attempts.withKeyContaining(EnumSet.of(AttemptStatus.SUBMITTED, AttemptStatus.GRADED),
                "%" + item + "%")) {
            AttemptKey key = attempt.key();
            boolean changed = false;
            List<AttemptKey.Slot> slots = new ArrayList<>();
            for (AttemptKey.Slot slot : key.slots()) {
                if (slot.item().equals(change.item())) {
                    slots.add(new AttemptKey.Slot(slot.slot(), slot.section(), slot.item(), change.version(),
                            slot.type(), change.body(), slot.marks(), slot.negativeMarks(), slot.primaryConcept(),
                            slot.secondaryConcepts(), slot.difficulty()));
                    changed = true;
                } else {
                    slots.add(slot);
                }
            }
            if (changed) {
                attempt.replaceKey(new AttemptKey(key.sections(), slots));
                service.forget(attempt.id());
                touched.add(attempt.attemptId());
            }
        }
        return touched;
    }
}
