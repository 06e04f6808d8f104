package org.vidya.mastery.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Phase;
import org.vidya.mastery.PhaseReport;

/**
 * Seed 004's phases, from days to the exam {@code d} and syllabus mastery {@code m}, first match wins:
 * <ol>
 * <li>{@code d ≤ 30} and {@code m ≥} mastered threshold: EXAM_READY;</li>
 * <li>{@code d < 60}: REVISION, whatever the mastery, since there is no time left to build foundations;</li>
 * <li>{@code d > 180} or {@code m < 0.4}: FOUNDATION;</li>
 * <li>otherwise (60 to 180 days): PRACTICE.</li>
 * </ol>
 * Without an exam date, or once it has passed, by mastery alone: below 0.4 FOUNDATION, below 0.6
 * PRACTICE, below the mastered threshold REVISION, else EXAM_READY. The reason is a message key under
 * {@code mastery.phase.reason.} whose arguments are {0} days to the exam and {1} mastery in percent.
 */
final class PhaseRule {

    static final long READY_DAYS = 30;
    static final long REVISION_DAYS = 60;
    static final long FOUNDATION_DAYS = 180;
    static final double FOUNDATION_MASTERY = 0.4;
    static final double PRACTICE_MASTERY = 0.6;

    private final double mastered;

    PhaseRule(double masteredThreshold) {
        this.mastered = masteredThreshold;
    }

    PhaseReport phase(LocalDate today, @Nullable LocalDate examDate, double mastery) {
        if (examDate == null || examDate.isBefore(today)) {
            Long days = examDate == null ? null : ChronoUnit.DAYS.between(today, examDate);
            String past = examDate == null ? "no-date" : "past";
            if (mastery < FOUNDATION_MASTERY) {
                return report(Phase.FOUNDATION, days, mastery, past + ".foundation");
            }
            if (mastery < PRACTICE_MASTERY) {
                return report(Phase.PRACTICE, days, mastery, past + ".practice");
            }
            if (mastery < mastered) {
                return report(Phase.REVISION, days, mastery, past + ".revision");
            }
            return report(Phase.EXAM_READY, days, mastery, past + ".ready");
        }
        long days = ChronoUnit.DAYS.between(today, examDate);
        if (days <= READY_DAYS && mastery >= mastered) {
            return report(Phase.EXAM_READY, days, mastery, "ready");
        }
        if (days < REVISION_DAYS) {
            return report(Phase.REVISION, days, mastery, "near");
        }
        if (days > FOUNDATION_DAYS) {
            return report(Phase.FOUNDATION, days, mastery, "far");
        }
        if (mastery < FOUNDATION_MASTERY) {
            return report(Phase.FOUNDATION, days, mastery, "low");
        }
        return report(Phase.PRACTICE, days, mastery, "practice");
    }

    private static PhaseReport report(Phase phase, @Nullable Long days, double mastery, String reason) {
        return new PhaseReport(phase, days, mastery, "mastery.phase.reason." + reason);
    }
}
