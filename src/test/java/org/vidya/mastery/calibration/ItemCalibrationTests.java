package org.vidya.mastery.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Calibration recovers the parameters that generated synthetic answers. */
class ItemCalibrationTests {

    static final UUID TENANT = new UUID(1, 1);

    record Truth(UUID item, double a, double b) {
    }

    /** {@code learners} learners of ability ~ N(0, 1), each answering every item, right with the model's probability. */
    static List<GradedResponse> simulate(List<Truth> items, int learners, long seed) {
        Random random = new Random(seed);
        List<GradedResponse> responses = new ArrayList<>();
        for (int j = 0; j < learners; j++) {
            UUID learner = new UUID(2, j);
            double theta = random.nextGaussian();
            for (Truth item : items) {
                double p = ItemCalibration.probability(item.a(), item.b(), 0, theta);
                responses.add(new GradedResponse(TENANT, learner, item.item(), random.nextDouble() < p ? 1 : 0));
            }
        }
        return responses;
    }

    static List<Truth> truths(int count, long seed) {
        Random random = new Random(seed);
        List<Truth> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(new Truth(new UUID(3, i), 0.6 + random.nextDouble() * 1.2, -2 + random.nextDouble() * 4));
        }
        return items;
    }

    static Map<UUID, ItemCalibration.Start> defaults(List<Truth> items) {
        Map<UUID, ItemCalibration.Start> start = new HashMap<>();
        items.forEach(t -> start.put(t.item(), new ItemCalibration.Start(1, 0, 0)));
        return start;
    }

    @Test
    void recoversDifficultyAndDiscriminationFromManyAnswers() {
        List<Truth> items = truths(30, 11);
        List<ItemCalibration.Estimate> estimates = new ItemCalibration(30, 200).estimate(simulate(items, 1500, 12),
                defaults(items));
        assertThat(estimates).hasSize(30).allSatisfy(e -> assertThat(e.discriminationEstimated()).isTrue());
        Map<UUID, Truth> byId = new HashMap<>();
        items.forEach(t -> byId.put(t.item(), t));
        double bError = 0;
        double aError = 0;
        for (ItemCalibration.Estimate e : estimates) {
            Truth t = byId.get(e.item());
            assertThat(e.b()).as("b of %s", e.item()).isCloseTo(t.b(), offset(0.35));
            assertThat(e.a()).as("a of %s", e.item()).isCloseTo(t.a(), offset(0.45));
            bError += Math.abs(e.b() - t.b());
            aError += Math.abs(e.a() - t.a());
        }
        assertThat(bError / estimates.size()).isLessThan(0.15);
        assertThat(aError / estimates.size()).isLessThan(0.2);
        assertThat(estimates).allSatisfy(e -> assertThat(e.responses()).isEqualTo(1500));
    }

    @Test
    void withFewerThanTwoHundredAnswersOnlyDifficultyMoves() {
        List<Truth> items = truths(20, 21);
        List<ItemCalibration.Estimate> estimates = new ItemCalibration(30, 200).estimate(simulate(items, 150, 22),
                defaults(items));
        assertThat(estimates).hasSize(20).allSatisfy(e -> {
            assertThat(e.discriminationEstimated()).isFalse();
            assertThat(e.a()).isEqualTo(1.0);
        });
        // Ordering of difficulties is kept: the rank correlation with the truth is high.
        Map<UUID, Double> truth = new HashMap<>();
        items.forEach(t -> truth.put(t.item(), t.b()));
        double meanError = estimates.stream().mapToDouble(e -> Math.abs(e.b() - truth.get(e.item()))).average()
                .orElseThrow();
        assertThat(meanError).isLessThan(0.35);
    }

    @Test
    void itemsWithTooFewAnswersAreLeftAlone() {
        List<Truth> items = truths(5, 31);
        assertThat(new ItemCalibration(30, 200).estimate(simulate(items, 20, 32), defaults(items))).isEmpty();
    }

    @Test
    void estimatesStayWithinTheirBoundsWhenEveryoneIsRight() {
        UUID item = new UUID(4, 1);
        List<GradedResponse> allRight = new ArrayList<>();
        for (int j = 0; j < 300; j++) {
            allRight.add(new GradedResponse(TENANT, new UUID(5, j), item, 1));
        }
        ItemCalibration.Estimate e = new ItemCalibration(30, 200).estimate(allRight,
                Map.of(item, new ItemCalibration.Start(1, 0, 0.2))).get(0);
        assertThat(e.b()).isBetween(ItemCalibration.MIN_B, 0.0);
        assertThat(e.a()).isBetween(ItemCalibration.MIN_A, ItemCalibration.MAX_A);
        assertThat(e.c()).isEqualTo(0.2);
    }
}
