package org.vidya.mastery.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.vidya.assessment.BenchmarkHistory.BenchmarkPaper;
import org.vidya.assessment.BenchmarkHistory.PaperItem;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;
import org.vidya.assessment.ScheduleId;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.Prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.vidya.mastery.plan.PlanFixtures.*;

class ScorePredictorTests {

    final ScorePredictor predictor = new ScorePredictor();

    @Test
    void withAnExactAbilityTheScoreIsTheExpectedMarksOfEveryItem() {
        List<PaperItem> items = List.of(item(1.2, -0.5, 0.25, 4, 1, null), item(0.8, 0.7, 0.0, 4, 1, null),
                item(1.5, 1.5, 0.2, 3, 0, null));
        double theta = 0.4;
        double expected = 0;
        for (PaperItem item : items) {
            double p = item.c() + (1 - item.c()) / (1 + Math.exp(-item.a() * (theta - item.b())));
            expected += p * item.marks().doubleValue() - (1 - p) * item.negativeMarks().doubleValue();
        }

        Prediction prediction = predictor.predict(paper(items, List.of(), null), diagnosed(theta, 0), Map.of(), 40);

        assertThat(prediction.score()).isCloseTo(expected, within(1e-9));
        assertThat(prediction.maxScore()).isEqualTo(11);
        assertThat(prediction.coverage()).isEqualTo(0.8);
        assertThat(prediction.basis()).isEqualTo(ScorePredictor.BASIS_DIAGNOSTIC);
    }

    @Test
    void theIntervalHoldsTheScoreAndWidensWithTheAbilitysError() {
        BenchmarkPaper paper = paper(jeePaper(30), List.of(), null);

        Prediction sharp = predictor.predict(paper, diagnosed(0.5, 0.1), Map.of(), 50);
        Prediction vague = predictor.predict(paper, diagnosed(0.5, 0.8), Map.of(), 50);

        for (Prediction p : List.of(sharp, vague)) {
            assertThat(p.scoreLow()).isLessThan(p.score());
            assertThat(p.scoreHigh()).isGreaterThan(p.score());
        }
        assertThat(vague.scoreHigh() - vague.scoreLow()).isGreaterThan(1.5 * (sharp.scoreHigh() - sharp.scoreLow()));
    }

    @Test
    void evenAnExactAbilityLeavesTheDoubtOfEachAnswer() {
        Prediction prediction = predictor.predict(paper(jeePaper(30), List.of(), null), diagnosed(0, 0), Map.of(), 50);

        assertThat(prediction.scoreHigh() - prediction.scoreLow()).isGreaterThan(10);
    }

    @Test
    void theIntervalCoversAboutEightyPercentOfOutcomes() {
        List<PaperItem> items = jeePaper(30);
        double theta = 0.3;
        double se = 0.5;
        Prediction prediction = predictor.predict(paper(items, List.of(), null), diagnosed(theta, se), Map.of(), 50);
        SplittableRandom random = new SplittableRandom(7);
        int inside = 0;
        int trials = 4000;
        for (int trial = 0; trial < trials; trial++) {
            double ability = theta + se * random.nextGaussian();
            double total = 0;
            for (PaperItem item : items) {
                double p = item.c() + (1 - item.c()) / (1 + Math.exp(-item.a() * (ability - item.b())));
                total += random.nextDouble() < p ? item.marks().doubleValue() : -item.negativeMarks().doubleValue();
            }
            if (total >= prediction.scoreLow() && total <= prediction.scoreHigh()) {
                inside++;
            }
        }

        assertThat((double) inside / trials).isBetween(0.76, 0.88);
    }

    @Test
    void littleEvidenceWidensTheIntervalAndSaysSo() {
        BenchmarkPaper paper = paper(jeePaper(30), List.of(), null);
        LearnerStanding newcomer = new LearnerStanding(0.5, 0.3, 0.4, 2, false, null);

        Prediction guessed = predictor.predict(paper, newcomer, Map.of(), ScorePredictor.FEW_ANSWERS - 1);
        Prediction known = predictor.predict(paper, newcomer, Map.of(), ScorePredictor.FEW_ANSWERS);

        assertThat(guessed.basis()).isEqualTo(ScorePredictor.BASIS_LITTLE);
        assertThat(known.basis()).isEqualTo(ScorePredictor.BASIS_ANSWERS);
        assertThat(guessed.scoreHigh() - guessed.scoreLow()).isGreaterThan(known.scoreHigh() - known.scoreLow());
    }

    @Test
    void confidentMasteryOfAnItemsConceptMovesItsChance() {
        BenchmarkPaper paper = paper(List.of(item(1, 0, 0, 4, 1, "optics")), List.of(), null);

        double alone = predictor.predict(paper, diagnosed(0, 0), Map.of(), 50).score();
        double unsure = predictor.predict(paper, diagnosed(0, 0), states(known("optics", 0.95, 2, 0.0)), 50).score();
        double sure = predictor.predict(paper, diagnosed(0, 0), states(known("optics", 0.95, 40, 1.0)), 50).score();

        // at theta 0 on an item of difficulty 0 the chance is one half: 0.5 × 4 − 0.5 × 1
        assertThat(alone).isCloseTo(1.5, within(1e-9));
        assertThat(unsure).isCloseTo(alone, within(1e-9));
        assertThat(sure).isCloseTo(0.95 * 4 - 0.05, within(1e-9));
    }

    @Test
    void theRankIsOnePlusTheCohortScoresAboveAndItsIntervalComesFromTheScoresEnds() {
        List<BigDecimal> cohort = new ArrayList<>();
        for (int score = 120; score >= -10; score -= 2) {
            cohort.add(BigDecimal.valueOf(score));
        }

        Prediction prediction = predictor.predict(paper(jeePaper(30), cohort, null), diagnosed(0.2, 0.4), Map.of(), 50);

        assertThat(prediction.cohort()).isEqualTo(cohort.size());
        assertThat(prediction.rank()).isEqualTo(ScorePredictor.rank(cohort, prediction.score()));
        assertThat(prediction.rankBest()).isEqualTo(ScorePredictor.rank(cohort, prediction.scoreHigh()));
        assertThat(prediction.rankWorst()).isEqualTo(ScorePredictor.rank(cohort, prediction.scoreLow()));
        assertThat(prediction.rankBest()).isLessThan(prediction.rank());
        assertThat(prediction.rankWorst()).isGreaterThan(prediction.rank());
        assertThat(ScorePredictor.rank(List.of(BigDecimal.TEN, BigDecimal.valueOf(5), BigDecimal.ONE), 5)).isEqualTo(2);
    }

    @Test
    void theLearnersOwnScoreIsNotCountedAgainstThem() {
        List<BigDecimal> cohort = List.of(BigDecimal.valueOf(200), BigDecimal.valueOf(100), BigDecimal.valueOf(-50));

        Prediction prediction = predictor.predict(paper(jeePaper(30), cohort, BigDecimal.valueOf(100)),
                diagnosed(0, 0.3), Map.of(), 50);

        assertThat(prediction.cohort()).isEqualTo(2);
        assertThat(prediction.rank()).isEqualTo(2);
    }

    @Test
    void withoutACohortThereIsNoRank() {
        Prediction prediction = predictor.predict(paper(jeePaper(5), List.of(), null), diagnosed(0, 0.3), Map.of(), 50);

        assertThat(prediction.cohort()).isZero();
        assertThat(prediction.rank()).isNull();
        assertThat(prediction.rankBest()).isNull();
        assertThat(prediction.rankWorst()).isNull();
    }

    /** JEE style: +4 / −1, difficulties spread from −2 to 2. */
    static List<PaperItem> jeePaper(int size) {
        List<PaperItem> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(item(0.8 + (i % 5) * 0.2, -2 + 4.0 * i / Math.max(1, size - 1), 0.2, 4, 1, null));
        }
        return items;
    }

    static PaperItem item(double a, double b, double c, int marks, int negative, @Nullable String concept) {
        return new PaperItem(new ItemId(UUID.randomUUID()), concept, a, b, c, BigDecimal.valueOf(marks),
                BigDecimal.valueOf(negative));
    }

    static BenchmarkPaper paper(List<PaperItem> items, List<BigDecimal> cohort, @Nullable BigDecimal own) {
        BigDecimal max = items.stream().map(PaperItem::marks).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BenchmarkPaper(new QuizId(UUID.randomUUID()), new ScheduleId(UUID.randomUUID()), "Benchmark",
                Instant.parse("2026-12-01T09:00:00Z"), Instant.parse("2026-12-01T12:00:00Z"), items, max, cohort, own);
    }

    static LearnerStanding diagnosed(double theta, double se) {
        return new LearnerStanding(theta, se, 0.5, 20, true, null);
    }
}
