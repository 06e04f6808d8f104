package org.vidya.mastery.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vidya.mastery.irt.AdaptiveTest.Candidate;
import org.vidya.mastery.irt.AdaptiveTest.Settings;
import org.vidya.mastery.irt.AdaptiveTest.Stop;

class AdaptiveTestTests {

    static final Map<String, Double> ONE_CONCEPT = Map.of("x", 1.0);

    /** Items on one concept with difficulties -3 .. 3 in steps of 0.25. */
    static List<Candidate<String>> ladder(String concept, double a) {
        List<Candidate<String>> items = new ArrayList<>();
        for (int i = 0; i <= 24; i++) {
            double b = -3 + 0.25 * i;
            items.add(new Candidate<>(concept + i, concept, new IrtItem(a, b, 0.2)));
        }
        return items;
    }

    static Candidate<String> mostInformative(List<Candidate<String>> pool, Set<String> exclude, double theta) {
        return pool.stream().filter(c -> !exclude.contains(c.key()))
                .max((x, y) -> Double.compare(x.item().information(theta), y.item().information(theta)))
                .orElseThrow();
    }

    @Test
    void withoutExposureControlPicksTheMostInformativeItemAtTheEstimate() {
        List<Candidate<String>> pool = ladder("x", 1.2);
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.1, 30, 1), 7);
        Set<String> given = new HashSet<>();
        for (int step = 0; step < 8; step++) {
            Candidate<String> next = test.next(pool).orElseThrow();
            assertThat(next).isEqualTo(mostInformative(pool, given, test.ability().theta()));
            given.add(next.key());
            test.record(next, 1);
        }
    }

    @Test
    void rightAnswersLeadToHarderItems() {
        List<Candidate<String>> pool = ladder("x", 1.2);
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.1, 30, 1), 7);
        double first = test.next(pool).orElseThrow().item().b();
        for (int step = 0; step < 4; step++) {
            test.record(test.next(pool).orElseThrow(), 1);
        }

        assertThat(test.next(pool).orElseThrow().item().b()).isGreaterThan(first + 1);
    }

    @Test
    void exposureControlDrawsAmongTheTopFive() {
        List<Candidate<String>> pool = ladder("x", 1.2);
        double theta = 0;
        List<Candidate<String>> topFive = pool.stream()
                .sorted((x, y) -> Double.compare(y.item().information(theta), x.item().information(theta)))
                .limit(5).toList();
        Set<String> chosen = new HashSet<>();
        for (long seed = 0; seed < 200; seed++) {
            chosen.add(new AdaptiveTest<String>(ONE_CONCEPT, new Settings(0.1, 30, 5), seed).next(pool).orElseThrow().key());
        }

        assertThat(chosen).containsExactlyInAnyOrderElementsOf(topFive.stream().map(Candidate::key).toList());
    }

    @Test
    void theSameSeedAndAnswersPickTheSameNextItem() {
        List<Candidate<String>> pool = ladder("x", 1.0);
        AdaptiveTest<String> first = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.1, 30, 5), 42);
        List<Candidate<String>> given = new ArrayList<>();
        for (int step = 0; step < 5; step++) {
            Candidate<String> next = first.next(pool).orElseThrow();
            given.add(next);
            first.record(next, step % 2);
        }
        AdaptiveTest<String> replay = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.1, 30, 5), 42);
        for (int step = 0; step < 5; step++) {
            replay.record(given.get(step), step % 2);
        }

        assertThat(replay.next(pool)).isEqualTo(first.next(pool));
        assertThat(replay.ability()).isEqualTo(first.ability());
    }

    @Test
    void contentBalancingKeepsEachConceptNearItsExamShare() {
        // Concept "b" has poor items: pure maximum information would never choose it.
        List<Candidate<String>> pool = new ArrayList<>(ladder("a", 2.0));
        pool.addAll(ladder("b", 0.4));
        Map<String, Double> weights = Map.of("a", 0.75, "b", 0.25);
        AdaptiveTest<String> balanced = new AdaptiveTest<>(weights, new Settings(0.01, 40, 1), 3);
        AdaptiveTest<String> unbalanced = new AdaptiveTest<>(Map.of("a", 1.0, "b", 0.0), new Settings(0.01, 40, 1), 3);
        for (int step = 0; step < 12; step++) {
            balanced.record(balanced.next(pool).orElseThrow(), step % 2);
            unbalanced.record(unbalanced.next(pool).orElseThrow(), step % 2);
            int n = step + 1;
            int b = balanced.perConcept().getOrDefault("b", 0);
            assertThat((double) b).isBetween(0.25 * n - AdaptiveTest.SLACK - 1, 0.25 * n + 1);
        }

        assertThat(balanced.perConcept().get("b")).isBetween(2, 3);
        assertThat(unbalanced.perConcept()).doesNotContainKey("b");
    }

    @Test
    void stopsWhenPreciseEnough() {
        List<Candidate<String>> pool = ladder("x", 2.0);
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.4, 30, 1), 1);
        assertThat(test.stop()).isEmpty();
        int step = 0;
        while (test.stop().isEmpty()) {
            test.record(test.next(pool).orElseThrow(), step++ % 2);
        }

        assertThat(test.stop()).contains(Stop.PRECISE);
        assertThat(test.ability().standardError()).isLessThanOrEqualTo(0.4);
        assertThat(test.answered()).isLessThan(30);
    }

    @Test
    void stopsAtTheMaximumLength() {
        List<Candidate<String>> pool = ladder("x", 0.5);
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.05, 6, 1), 1);
        while (test.stop().isEmpty()) {
            test.record(test.next(pool).orElseThrow(), 1);
        }

        assertThat(test.stop()).contains(Stop.MAX_ITEMS);
        assertThat(test.answered()).isEqualTo(6);
    }

    @Test
    void runsOutWhenEveryCandidateWasGiven() {
        List<Candidate<String>> pool = ladder("x", 1.0).subList(0, 3);
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.05, 30, 5), 1);
        for (int i = 0; i < 3; i++) {
            test.record(test.next(pool).orElseThrow(), 0);
        }

        assertThat(test.next(pool)).isEmpty();
        assertThat(test.stop()).isEmpty();
    }

    @Test
    void refusesTheSameItemTwice() {
        Candidate<String> item = ladder("x", 1.0).getFirst();
        AdaptiveTest<String> test = new AdaptiveTest<>(ONE_CONCEPT, new Settings(0.3, 30, 5), 1);
        test.record(item, 1);

        assertThatIllegalArgumentException().isThrownBy(() -> test.record(item, 0));
    }
}
