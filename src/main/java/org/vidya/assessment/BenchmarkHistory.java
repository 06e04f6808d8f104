package org.vidya.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.vidya.platform.UserId;

/** Benchmark tests of a learner's classes, for predicting their score and rank. */
public interface BenchmarkHistory {

    /**
     * The next scheduled benchmark of the learner's classes, else the latest closed one: its items
     * (the learner's paper when generated, else one drawn from the blueprint) with the marks the
     * test's marking scheme gives, and the scores of everyone graded on it, highest first.
     */
    Optional<BenchmarkPaper> nextOrLatest(UserId learner);

    record BenchmarkPaper(QuizId quiz, ScheduleId schedule, String title, Instant opens, Instant closes,
            List<PaperItem> items, BigDecimal maxScore, List<BigDecimal> cohortScores,
            @Nullable BigDecimal learnerScore) {

        public BenchmarkPaper {
            items = List.copyOf(items);
            cohortScores = List.copyOf(cohortScores);
        }
    }

    /** IRT parameters a, b, c; marks for a right answer and the penalty for a wrong one (positive). */
    record PaperItem(ItemId item, @Nullable String primaryConcept, double a, double b, double c, BigDecimal marks,
            BigDecimal negativeMarks) {
    }
}
