package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.AttemptId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.spi.Outcome;

/**
 * An attempt's result as the learner (or their teacher) may see it. {@code finalResult} is false
 * while items wait in the grading queue. {@code standing} is null for attempts outside a scheduled
 * cohort. {@code items} is empty while the test's feedback timing still hides per-item detail.
 */
public record AttemptResult(AttemptId attempt, QuizId quiz, String quizTitle, boolean finalResult,
        BigDecimal score, BigDecimal maxScore, double accuracy, @Nullable BigDecimal passMark,
        @Nullable Boolean passed, @Nullable Standing standing, List<SectionResult> sections,
        List<ConceptResult> concepts, List<ItemResult> items, boolean itemsHidden, Instant startedAt,
        Instant submittedAt) {

    /**
     * Rank and NTA percentile within the cohort: 100 × takers with a score ≤ this one ÷ takers,
     * as a string with seven decimals. {@code live} while the window is open; final after it closes.
     */
    public record Standing(int rank, int takers, String percentile, boolean live) {
    }

    public record SectionResult(String title, BigDecimal score, BigDecimal maxScore, int correct, int partial,
            int incorrect, int unanswered, int pending, @Nullable Standing standing) {
    }

    public record ConceptResult(String concept, BigDecimal score, BigDecimal maxScore, double accuracy, int items) {
    }

    public record ItemResult(String slot, int section, String type, Outcome outcome, BigDecimal score,
            BigDecimal maxScore, long timeSpentMillis, @Nullable String feedback, @Nullable String explanation) {
    }
}
