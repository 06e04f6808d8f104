package org.vidya.mastery.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.vidya.assessment.BenchmarkHistory.BenchmarkPaper;
import org.vidya.assessment.BenchmarkHistory.PaperItem;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.mastery.LearnerStanding;
import org.vidya.mastery.Prediction;

/**
 * Predicts a learner's score and rank on a benchmark paper with an interval that holds with
 * probability {@link #COVERAGE}. Each item's chance of a right answer is its 3PL curve
 * {@code c + (1 − c) / (1 + e^(−a(θ + δ − b)))}, where {@code δ} moves the learner's ability towards
 * the ability their mastery of the item's concept implies ({@code logit(mastery) − θ}), in proportion
 * to that mastery's confidence: strong evidence on a concept outweighs the overall ability. Both
 * sources of doubt enter the interval: {@link #DRAWS} abilities are drawn from {@code N(θ, SE²)} with
 * a fixed seed, and for each draw every item's outcome is drawn (right: its marks; wrong: minus its
 * negative marks); the interval is the 10th and 90th percentiles of those totals. The score is the
 * mean over the drawn abilities of the expected total {@code Σ p·marks − (1 − p)·negative marks}.
 * With little evidence (no diagnostic and fewer than {@link #FEW_ANSWERS} answers) the standard
 * error is raised to at least {@link #PRIOR_SD}, the spread of abilities in a population, and the
 * basis says so.
 */
final class ScorePredictor {

    static final double COVERAGE = 0.8;
    static final int DRAWS = 500;
    static final int FEW_ANSWERS = 10;
    static final double PRIOR_SD = 1.0;
    private static final long SEED = 0x5eed_2026L;
    private static final double MASTERY_BOUND = 0.02;

    static final String BASIS_DIAGNOSTIC = "mastery.prediction.basis.diagnostic";
    static final String BASIS_ANSWERS = "mastery.prediction.basis.answers";
    static final String BASIS_LITTLE = "mastery.prediction.basis.little-evidence";

    Prediction predict(BenchmarkPaper paper, LearnerStanding standing, Map<String, ConceptKnowledge> knowledge,
            int answers) {
        boolean little = !standing.diagnosed() && answers < FEW_ANSWERS;
        double theta = Double.isFinite(standing.theta()) ? standing.theta() : 0;
        double se = Double.isFinite(standing.thetaStandardError()) && standing.thetaStandardError() >= 0
                ? standing.thetaStandardError() : PRIOR_SD;
        if (little) {
            se = Math.max(se, PRIOR_SD);
        }
        List<Item> items = new ArrayList<>(paper.items().size());
        for (PaperItem item : paper.items()) {
            items.add(Item.of(item, offset(theta, item, knowledge)));
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] totals = new double[DRAWS];
        double expected = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            double ability = theta + se * random.nextGaussian();
            double total = 0;
            for (Item item : items) {
                double p = item.p(ability);
                expected += p * item.marks - (1 - p) * item.negative;
                total += random.nextDouble() < p ? item.marks : -item.negative;
            }
            totals[draw] = total;
        }
        double score = expected / DRAWS;
        Arrays.sort(totals);
        double low = Math.min(score, quantile(totals, (1 - COVERAGE) / 2));
        double high = Math.max(score, quantile(totals, 1 - (1 - COVERAGE) / 2));
        String basis = little ? BASIS_LITTLE : standing.diagnosed() ? BASIS_DIAGNOSTIC : BASIS_ANSWERS;
        List<BigDecimal> cohort = others(paper);
        if (cohort.isEmpty()) {
            return new Prediction(paper.title(), paper.opens(), paper.maxScore().doubleValue(), score, low, high,
                    null, null, null, 0, COVERAGE, basis);
        }
        return new Prediction(paper.title(), paper.opens(), paper.maxScore().doubleValue(), score, low, high,
                rank(cohort, score), rank(cohort, high), rank(cohort, low), cohort.size(), COVERAGE, basis);
    }

    /** Rank among the cohort: 1 + how many scored above. */
    static int rank(List<BigDecimal> cohort, double score) {
        int above = 0;
        for (BigDecimal other : cohort) {
            if (other.doubleValue() > score) {
                above++;
            }
        }
        return 1 + above;
    }

    /** The cohort without the learner's own score, when they took the paper already. */
    private static List<BigDecimal> others(BenchmarkPaper paper) {
        List<BigDecimal> cohort = new ArrayList<>(paper.cohortScores());
        BigDecimal own = paper.learnerScore();
        if (own != null) {
            cohort.stream().filter(s -> s.compareTo(own) == 0).findFirst().ifPresent(cohort::remove);
        }
        return cohort;
    }

    /** How far the item's concept mastery moves the ability, weighted by that mastery's confidence. */
    private static double offset(double theta, PaperItem item, Map<String, ConceptKnowledge> knowledge) {
        String concept = item.primaryConcept();
        ConceptKnowledge known = concept == null ? null : knowledge.get(concept);
        if (known == null) {
            return 0;
        }
        double mastery = Math.max(MASTERY_BOUND, Math.min(1 - MASTERY_BOUND, known.mastery()));
        double confidence = Math.max(0, Math.min(1, known.confidence()));
        return confidence * (Math.log(mastery / (1 - mastery)) - theta);
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    private record Item(double a, double b, double c, double offset, double marks, double negative) {

        static Item of(PaperItem item, double offset) {
            double a = item.a() > 0 && Double.isFinite(item.a()) ? item.a() : 1;
            double b = Double.isFinite(item.b()) ? item.b() : 0;
            double c = Double.isFinite(item.c()) ? Math.max(0, Math.min(0.5, item.c())) : 0;
            return new Item(a, b, c, offset, item.marks().doubleValue(), item.negativeMarks().abs().doubleValue());
        }

        double p(double ability) {
            return c + (1 - c) / (1 + Math.exp(-a * (ability + offset - b)));
        }
    }
}
