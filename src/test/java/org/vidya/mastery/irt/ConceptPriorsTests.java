package org.vidya.mastery.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.irt.AdaptiveTest.Answer;
import org.vidya.mastery.irt.AdaptiveTest.Candidate;

class ConceptPriorsTests {

    static Answer<Integer> answer(int key, String concept, double b, double outcome) {
        return new Answer<>(new Candidate<>(key, concept, new IrtItem(1.2, b, 0.2)), outcome);
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-1.7 * x));
    }

    @Test
    void aConceptAnsweredAsTheOverallAbilityPredictsStaysNearIt() {
        Ability overall = new Ability(0.5, 0.3);
        // At theta 0.5 an item of difficulty 0.5 is answered right with probability 0.6: half credit is close.
        Map<String, Double> priors = ConceptPriors.of(List.of(answer(1, "x", 0.5, 0.6)), overall, Map.of("x", 0.0));

        assertThat(priors.get("x")).isCloseTo(logistic(0.5), within(0.03));
    }

    @Test
    void rightAnswersRaiseAndWrongAnswersLowerAConceptAgainstTheOverallAbility() {
        Ability overall = new Ability(0.0, 0.3);
        List<Answer<Integer>> answers = List.of(answer(1, "strong", 0, 1), answer(2, "strong", 0.2, 1),
                answer(3, "weak", 0, 0), answer(4, "weak", -0.2, 0));

        Map<String, Double> priors = ConceptPriors.of(answers, overall, Map.of("strong", 0.0, "weak", 0.0));

        assertThat(priors.get("strong")).isGreaterThan(0.5);
        assertThat(priors.get("weak")).isLessThan(0.5);
        assertThat(priors).containsOnlyKeys("strong", "weak");
    }

    @Test
    void moreEvidenceMovesAConceptFurtherFromTheOverallAbility() {
        Ability overall = new Ability(0.0, 0.3);
        double one = ConceptPriors.of(List.of(answer(1, "x", 0, 1)), overall, Map.of("x", 0.0)).get("x");
        double three = ConceptPriors.of(List.of(answer(1, "x", 0, 1), answer(2, "x", 0, 1), answer(3, "x", 0, 1)),
                overall, Map.of("x", 0.0)).get("x");

        assertThat(one).isGreaterThan(0.5);
        assertThat(three).isGreaterThan(one);
        // Shrinkage: three right answers on one concept do not make it a certainty.
        assertThat(three).isLessThan(0.85);
    }

    @Test
    void aHarderConceptHasALowerPriorAtTheSameAbility() {
        Ability overall = new Ability(0.0, 0.3);
        List<Answer<Integer>> answers = List.of(answer(1, "easy", 0, 0.6), answer(2, "hard", 0, 0.6));

        Map<String, Double> priors = ConceptPriors.of(answers, overall,
                Map.of("easy", ConceptPriors.difficultyOnScale(1), "hard", ConceptPriors.difficultyOnScale(5)));

        assertThat(priors.get("easy")).isGreaterThan(priors.get("hard"));
    }
}
