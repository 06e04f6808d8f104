package org.vidya.mastery.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FsrsMemoryModelTests {

    static final long DAY = 86_400;
    static final long START = 1_790_000_000L;

    final FsrsMemoryModel memory = new FsrsMemoryModel();

    @Test
    void outcomesMapToGrades() {
        assertThat(FsrsMemoryModel.grade(0)).isEqualTo(FsrsMemoryModel.AGAIN);
        assertThat(FsrsMemoryModel.grade(0.49)).isEqualTo(FsrsMemoryModel.AGAIN);
        assertThat(FsrsMemoryModel.grade(0.5)).isEqualTo(FsrsMemoryModel.HARD);
        assertThat(FsrsMemoryModel.grade(0.79)).isEqualTo(FsrsMemoryModel.HARD);
        assertThat(FsrsMemoryModel.grade(0.8)).isEqualTo(FsrsMemoryModel.GOOD);
        assertThat(FsrsMemoryModel.grade(1)).isEqualTo(FsrsMemoryModel.GOOD);
        assertThatIllegalArgumentException().isThrownBy(() -> FsrsMemoryModel.grade(1.1));
    }

    @Test
    void aFirstAnswerStartsFromTheDefaultParameters() {
        MemoryState good = memory.first(1, START);
        MemoryState again = memory.first(0, START);

        // FSRS-4.5: S0(G) = w[G-1], D0(G) = w4 - (G-3)·w5
        assertThat(good.stability()).isEqualTo(3.7145);
        assertThat(good.difficulty()).isCloseTo(5.1618, within(1e-12));
        assertThat(again.stability()).isEqualTo(0.4872);
        assertThat(again.difficulty()).isCloseTo(5.1618 + 2 * 1.2298, within(1e-12));
        assertThat(good.reviews()).isEqualTo(1);
        assertThat(good.lastReview()).isEqualTo(START);
    }

    @Test
    void recallIsNinetyPercentAfterStabilityDaysAndFalls() {
        MemoryState state = new MemoryState(10, 5, START, 3);

        assertThat(memory.recall(state, START)).isEqualTo(1.0);
        assertThat(memory.recall(state, START + 10 * DAY)).isCloseTo(0.9, within(1e-12));
        assertThat(memory.recall(state, START + 30 * DAY)).isLessThan(0.9);
    }

    @Test
    void recallAtTheNextReviewIsTheTargetRetention() {
        MemoryState state = memory.review(memory.first(1, START), 1, START + 4 * DAY);
        for (double retention : new double[] {0.7, 0.8, 0.9, 0.95}) {
            long next = memory.nextReview(state, retention);
            assertThat(memory.recall(state, next)).isCloseTo(retention, within(1e-5));
        }
        assertThat(memory.nextReview(state, 0.95)).isLessThan(memory.nextReview(state, 0.8));
        assertThatIllegalArgumentException().isThrownBy(() -> memory.nextReview(state, 1));
    }

    @Test
    void successesLengthenTheIntervalAndLapsesShortenIt() {
        MemoryState state = memory.first(1, START);
        long at = START;
        long previousInterval = memory.nextReview(state, 0.9) - state.lastReview();
        for (int i = 0; i < 5; i++) {
            at = memory.nextReview(state, 0.9);
            state = memory.review(state, 1, at);
            long interval = memory.nextReview(state, 0.9) - state.lastReview();
            assertThat(interval).isGreaterThan(previousInterval);
            previousInterval = interval;
        }
        MemoryState lapsed = memory.review(state, 0, memory.nextReview(state, 0.9));

        assertThat(lapsed.stability()).isLessThan(state.stability());
        assertThat(memory.nextReview(lapsed, 0.9) - lapsed.lastReview()).isLessThan(previousInterval);
        assertThat(lapsed.difficulty()).isGreaterThan(state.difficulty());
        assertThat(lapsed.reviews()).isEqualTo(7);
    }

    @Test
    void aSuccessfulReviewFollowsTheStabilityFormula() {
        MemoryState state = new MemoryState(5, 6, START, 2);
        long at = START + 5 * DAY;
        double r = 0.9;
        double[] w = FsrsMemoryModel.W;
        double expected = 5 * (Math.exp(w[8]) * (11 - 6) * Math.pow(5, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1) + 1);

        MemoryState next = memory.review(state, 1, at);

        assertThat(next.stability()).isCloseTo(expected, within(1e-9));
        assertThat(next.difficulty()).isCloseTo(w[7] * w[4] + (1 - w[7]) * 6, within(1e-12));
    }

    @Test
    void aHardAnswerGrowsStabilityLessThanAGoodOne() {
        MemoryState state = new MemoryState(5, 6, START, 2);
        long at = START + 5 * DAY;

        assertThat(memory.review(state, 0.6, at).stability())
                .isGreaterThan(state.stability())
                .isLessThan(memory.review(state, 1, at).stability());
    }

    @Test
    void waitingLongerBeforeASuccessfulReviewGrowsStabilityMore() {
        MemoryState state = new MemoryState(5, 6, START, 2);

        assertThat(memory.review(state, 1, START + 20 * DAY).stability())
                .isGreaterThan(memory.review(state, 1, START + 2 * DAY).stability());
    }
}
