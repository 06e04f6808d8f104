package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTests {

    @Test
    void scoresAHandWorkedExample() {
        // Pairs (right, wrong): (0.35, 0.1) ok, (0.35, 0.4) wrong order, (0.8, 0.1) ok, (0.8, 0.4) ok: 3 of 4.
        double[] predicted = {0.1, 0.4, 0.35, 0.8};
        double[] outcome = {0, 0, 1, 1};

        Metrics metrics = Metrics.of(predicted, outcome, 4);

        assertThat(metrics.auc()).isEqualTo(0.75);
        // (0.01 + 0.16 + 0.4225 + 0.04) / 4 = 0.158125
        assertThat(metrics.rmse()).isCloseTo(Math.sqrt(0.158125), within(1e-12));
        // -(ln 0.9 + ln 0.6 + ln 0.35 + ln 0.8) / 4
        assertThat(metrics.logloss()).isCloseTo(0.4722880, within(1e-6));
        assertThat(metrics.responses()).isEqualTo(4);
    }

    @Test
    void tiedPredictionsCountOneHalf() {
        assertThat(Metrics.auc(new double[] {0.5, 0.5}, new double[] {1, 0}, 2)).isEqualTo(0.5);
        // right 0.7 beats wrong 0.2 and ties wrong 0.7: (1 + 0.5) / 2
        assertThat(Metrics.auc(new double[] {0.2, 0.7, 0.7}, new double[] {0, 0, 1}, 3)).isEqualTo(0.75);
    }

    @Test
    void aPerfectRankingScoresOneAndAReversedOneZero() {
        double[] outcome = {0, 0, 1, 1, 1};

        assertThat(Metrics.auc(new double[] {0.1, 0.2, 0.6, 0.7, 0.9}, outcome, 5)).isEqualTo(1.0);
        assertThat(Metrics.auc(new double[] {0.9, 0.8, 0.3, 0.2, 0.1}, outcome, 5)).isEqualTo(0.0);
    }

    @Test
    void onlyTheFirstNResponsesCount() {
        Metrics metrics = Metrics.of(new double[] {0.9, 0.2, 0.99}, new double[] {1, 0, 0}, 2);

        assertThat(metrics.auc()).isEqualTo(1.0);
        assertThat(metrics.responses()).isEqualTo(2);
    }

    @Test
    void certainWrongPredictionsAreClippedNotInfinite() {
        Metrics metrics = Metrics.of(new double[] {0, 1}, new double[] {1, 0}, 2);

        // -ln(1e-15) = 34.5, give or take the rounding of 1 - 1e-15 in binary
        assertThat(metrics.logloss()).isCloseTo(34.5, within(0.2));
        assertThat(metrics.rmse()).isEqualTo(1.0);
    }

    @Test
    void aucIsUndefinedWithOneClassAndNothingIsScoredFromNoResponses() {
        assertThat(Metrics.auc(new double[] {0.2, 0.8}, new double[] {1, 1}, 2)).isNaN();
        assertThatIllegalArgumentException().isThrownBy(() -> Metrics.of(new double[0], new double[0], 0));
    }
}
