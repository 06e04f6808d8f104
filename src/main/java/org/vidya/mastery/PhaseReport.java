package org.vidya.mastery;

import org.jspecify.annotations.Nullable;

/** The learner's phase and what decided it: days to the exam (null without an exam date) and overall mastery. */
public record PhaseReport(Phase phase, @Nullable Long daysToExam, double overallMastery, String reason) {
}
