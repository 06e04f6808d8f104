package org.vidya.assessment.quiz;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vidya.assessment.AttemptId;

/** What grading asks of attempts: a submitted attempt with its key and answers, its grading status, key changes. */
@Component
class AttemptRecords implements AttemptLedger {

    private final Attempts attempts;
    private final AttemptService service;

    AttemptRecords(Attempts attempts, AttemptService service) {
        this.attempts = attempts;
        this.service = service;
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
