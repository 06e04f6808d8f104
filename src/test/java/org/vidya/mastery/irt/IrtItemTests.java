package org.vidya.mastery.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IrtItemTests {

    @Test
    void probabilityRunsFromTheGuessToOne() {
        IrtItem item = new IrtItem(1, 0.5, 0.2);

        assertThat(item.probability(0.5)).isCloseTo(0.6, within(1e-12));
        assertThat(item.probability(-6)).isCloseTo(0.2, within(1e-3));
        assertThat(item.probability(6)).isCloseTo(1, within(1e-3));
    }

    @Test
    void informationIsTheSquaredSlopeOverTheBernoulliVariance() {
        // Fisher information of a Bernoulli answer: P'(theta)^2 / (P (1 - P)), here with P' by central difference.
        IrtItem item = new IrtItem(1.3, -0.4, 0.22);
        for (double theta = -3; theta <= 3; theta += 0.5) {
            double h = 1e-5;
            double slope = (item.probability(theta + h) - item.probability(theta - h)) / (2 * h);
            double p = item.probability(theta);
            assertThat(item.information(theta)).isCloseTo(slope * slope / (p * (1 - p)), within(1e-6));
        }
    }

    @Test
    void withoutGuessingInformationPeaksAtTheDifficulty() {
        IrtItem item = new IrtItem(1, 0.7, 0);

        assertThat(item.information(0.7)).isCloseTo(1.7 * 1.7 / 4, within(1e-12));
        assertThat(item.information(0.7)).isGreaterThan(item.information(0.6)).isGreaterThan(item.information(1.5));
    }

    @Test
    void refusesParametersOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IrtItem(0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new IrtItem(1, 7, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new IrtItem(1, 0, 1));
    }
}
