package org.vidya.mastery.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PosteriorTests {

    @Test
    void withoutAnswersTheEstimateIsThePrior() {
        Ability ability = Posterior.standardNormal().estimate();

        assertThat(ability.theta()).isCloseTo(0, within(1e-9));
        assertThat(ability.standardError()).isCloseTo(1, within(0.01));
    }

    @Test
    void oneRightAnswerOnASteepItemGivesTheSkewNormalMoments() {
        // With no guessing, logistic(1.7 a x) is close to the normal ogive Phi(a x), so after one
        // right answer at b = 0 the posterior is phi(theta) Phi(4 theta): a skew-normal with
        // alpha = 4, delta = 4 / sqrt(17), mean delta sqrt(2 / pi) = 0.774 and
        // SD sqrt(1 - 2 delta^2 / pi) = 0.633.
        double delta = 4 / Math.sqrt(17);
        Ability ability = Posterior.standardNormal().observe(new IrtItem(4, 0, 0), 1).estimate();

        assertThat(ability.theta()).isCloseTo(delta * Math.sqrt(2 / Math.PI), within(0.01));
        assertThat(ability.standardError()).isCloseTo(Math.sqrt(1 - 2 * delta * delta / Math.PI), within(0.01));
    }

    @Test
    void aWrongAnswerMirrorsARightOne() {
        IrtItem item = new IrtItem(1.2, 0, 0);

        Ability right = Posterior.standardNormal().observe(item, 1).estimate();
        Ability wrong = Posterior.standardNormal().observe(item, 0).estimate();

        assertThat(right.theta()).isPositive().isCloseTo(-wrong.theta(), within(1e-9));
        assertThat(right.standardError()).isCloseTo(wrong.standardError(), within(1e-9));
    }

    @Test
    void allRightOrAllWrongStaysFinite() {
        Posterior right = Posterior.standardNormal();
        Posterior wrong = Posterior.standardNormal();
        for (int i = 0; i < 40; i++) {
            right.observe(new IrtItem(1.5, 2, 0.2), 1);
            wrong.observe(new IrtItem(1.5, -2, 0.2), 0);
        }

        assertThat(right.estimate().theta()).isBetween(2.0, 5.0);
        assertThat(wrong.estimate().theta()).isBetween(-5.0, -2.0);
        assertThat(right.estimate().standardError()).isPositive().isFinite();
    }

    @Test
    void theStandardErrorShrinksWithEveryInformativeAnswer() {
        Posterior posterior = Posterior.standardNormal();
        double previous = posterior.estimate().standardError();
        for (int i = 0; i < 10; i++) {
            // As the adaptive test does: an item at the current estimate.
            double b = Math.clamp(posterior.estimate().theta(), -6, 6);
            posterior.observe(new IrtItem(1.2, b, 0), i % 2);
            double now = posterior.estimate().standardError();
            assertThat(now).isLessThan(previous);
            previous = now;
        }
        assertThat(posterior.answers()).isEqualTo(10);
    }

    @Test
    void partialCreditLandsBetweenRightAndWrong() {
        IrtItem item = new IrtItem(1, 0.5, 0);

        double right = Posterior.standardNormal().observe(item, 1).estimate().theta();
        double half = Posterior.standardNormal().observe(item, 0.5).estimate().theta();
        double wrong = Posterior.standardNormal().observe(item, 0).estimate().theta();

        assertThat(half).isStrictlyBetween(wrong, right);
    }
}
