package org.vidya.mastery.irt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a finished diagnostic into a prior mastery for each concept it asked about.
 * <p>
 * A concept's ability is estimated from its own answers only, with a normal prior centred on the
 * overall ability: with two or three answers per concept a free estimate would swing wildly, so it
 * is shrunk towards the overall ability, and moves away only as far as that concept's answers
 * (their residuals against the overall ability) pull it. The prior mastery is then the probability,
 * without guessing, of answering an item of the concept's own difficulty right at that ability:
 * logistic(D (theta_concept - b_concept)).
 */
public final class ConceptPriors {

    /**
     * How far a concept's ability may stray from the overall ability before its own evidence
     * speaks: the prior SD. Half a logit lets three consistent answers move a concept noticeably
     * without one lucky guess doing so.
     */
    public static final double SPREAD = 0.5;

    /** Maps a concept's difficulty label (1 easy .. 5 hard) to the ability scale. */
    public static double difficultyOnScale(int difficulty) {
        return (Math.clamp(difficulty, 1, 5) - 3) * 0.5;
    }

    private ConceptPriors() {
    }

    /**
     * @param answers            the diagnostic's answers
     * @param overall            the diagnostic's ability estimate
     * @param conceptDifficulty  each concept's difficulty on the ability scale; concepts left out use the mean
     *                           difficulty of the items answered on them
     * @return prior mastery (0..1) for each concept with at least one answer, in the order first asked
     */
    public static <K> Map<String, Double> of(List<AdaptiveTest.Answer<K>> answers, Ability overall,
            Map<String, Double> conceptDifficulty) {
        Map<String, List<AdaptiveTest.Answer<K>>> byConcept = new LinkedHashMap<>();
        for (AdaptiveTest.Answer<K> answer : answers) {
            byConcept.computeIfAbsent(answer.candidate().concept(), c -> new ArrayList<>()).add(answer);
        }
        Map<String, Double> priors = new LinkedHashMap<>();
        byConcept.forEach((concept, own) -> {
            Posterior posterior = Posterior.normal(overall.theta(), SPREAD);
            double difficulty = 0;
            for (AdaptiveTest.Answer<K> answer : own) {
                posterior.observe(answer.candidate().item(), answer.outcome());
                difficulty += answer.candidate().item().b();
            }
            double b = conceptDifficulty.getOrDefault(concept, difficulty / own.size());
            double theta = posterior.estimate().theta();
            priors.put(concept, 1 / (1 + Math.exp(-IrtItem.D * (theta - b))));
        });
        return priors;
    }
}
