package org.vidya.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.vidya.mastery.irt.AdaptiveTest;
import org.vidya.mastery.irt.AdaptiveTest.Candidate;
import org.vidya.mastery.irt.IrtItem;
import org.vidya.mastery.irt.Posterior;

/**
 * How many items the diagnostic needs to reach a standard error of 0.3, against the shortest
 * fixed test that reaches the same precision on average. Simulated learners have true ability
 * drawn from N(0, 1) and answer a synthetic 3PL bank: discrimination log-normal around 1.0,
 * difficulty N(0, 1.2), guessing 0.1..0.25 as for four-option items, spread over concepts with
 * unequal exam weights. The fixed form is the best one there is for this population: the items
 * with the highest information averaged over N(0, 1), in that order.
 * <p>
 * A plain program, not a test: {@code ./mvnw -o -q test-compile}, then {@code java -cp target/test-classes:target/classes
 * org.vidya.benchmarks.CatSimulation [learners] [items] [seed]}.
 */
public final class CatSimulation {

    static final double TARGET = 0.3;

    record Bank(List<Candidate<Integer>> items, Map<String, Double> weights) {
    }

    public static void main(String[] args) {
        int learners = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122L;
        long started = System.nanoTime();
        Bank bank = bank(size, new SplittableRandom(seed));
        double[] thetas = learners(learners, new SplittableRandom(seed + 1));

        int fixed = fixedLength(bank, thetas, new SplittableRandom(seed + 2));
        System.out.printf(Locale.ROOT, "bank %d items, %d concepts; %d learners, true theta ~ N(0,1)%n", size,
                bank.weights().size(), learners);
        System.out.printf(Locale.ROOT, "best fixed form reaching mean SE <= %.2f: %d items%n", TARGET, fixed);
        report("CAT, max information", bank, thetas, Map.of(), 1, seed + 3, fixed);
        report("CAT, + exposure control (top 5)", bank, thetas, Map.of(), 5, seed + 3, fixed);
        report("CAT, + exposure control + content balancing (production)", bank, thetas, bank.weights(), 5, seed + 3,
                fixed);
        System.out.printf(Locale.ROOT, "took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    static Bank bank(int size, SplittableRandom random) {
        Map<String, Double> weights = new LinkedHashMap<>();
        String[] concepts = {"units", "vectors", "kinematics", "projectile", "laws", "friction", "work-energy",
                "momentum", "rotation", "gravitation"};
        double[] examWeights = {0.04, 0.06, 0.12, 0.10, 0.14, 0.08, 0.14, 0.10, 0.14, 0.08};
        for (int i = 0; i < concepts.length; i++) {
            weights.put(concepts[i], examWeights[i]);
        }
        List<Candidate<Integer>> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            double a = Math.clamp(Math.exp(0.3 * gaussian(random)), 0.4, 2.5);
            double b = Math.clamp(1.2 * gaussian(random), -3.5, 3.5);
            double c = 0.1 + 0.15 * random.nextDouble();
            items.add(new Candidate<>(i, concepts[i % concepts.length], new IrtItem(a, b, c)));
        }
        return new Bank(items, weights);
    }

    static double[] learners(int count, SplittableRandom random) {
        double[] thetas = new double[count];
        for (int i = 0; i < count; i++) {
            thetas[i] = gaussian(random);
        }
        return thetas;
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian on every JDK this builds for.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    static boolean answers(IrtItem item, double theta, SplittableRandom random) {
        return random.nextDouble() < item.probability(theta);
    }

    /** The shortest prefix of the population-optimal order whose mean posterior SD is at most the target. */
    static int fixedLength(Bank bank, double[] thetas, SplittableRandom random) {
        List<Candidate<Integer>> order = new ArrayList<>(bank.items());
        order.sort(Comparator.comparingDouble((Candidate<Integer> c) -> -populationInformation(c.item())));
        double[] sdSum = new double[order.size() + 1];
        for (double theta : thetas) {
            Posterior posterior = Posterior.standardNormal();
            for (int n = 0; n < order.size(); n++) {
                IrtItem item = order.get(n).item();
                posterior.observe(item, answers(item, theta, random) ? 1 : 0);
                sdSum[n + 1] += posterior.estimate().standardError();
            }
        }
        for (int n = 1; n <= order.size(); n++) {
            if (sdSum[n] / thetas.length <= TARGET) {
                return n;
            }
        }
        return -1;
    }

    static double populationInformation(IrtItem item) {
        double sum = 0;
        double mass = 0;
        for (double t = -4; t <= 4; t += 0.05) {
            double w = Math.exp(-t * t / 2);
            sum += w * item.information(t);
            mass += w;
        }
        return sum / mass;
    }

    static void report(String label, Bank bank, double[] thetas, Map<String, Double> weights, int topK, long seed,
            int fixed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> balance = weights.isEmpty() ? Map.of("all", 1.0) : weights;
        List<Candidate<Integer>> pool = weights.isEmpty()
                ? bank.items().stream().map(c -> new Candidate<>(c.key(), "all", c.item())).toList()
                : bank.items();
        int[] lengths = new int[thetas.length];
        int within30 = 0;
        double squaredError = 0;
        int[] exposure = new int[bank.items().size()];
        for (int l = 0; l < thetas.length; l++) {
            AdaptiveTest<Integer> test = new AdaptiveTest<>(balance, new AdaptiveTest.Settings(TARGET, 200, topK),
                    random.nextLong());
            while (test.stop().isEmpty()) {
                var next = test.next(pool);
                if (next.isEmpty()) {
                    break;
                }
                exposure[next.get().key()]++;
                test.record(next.get(), answers(next.get().item(), thetas[l], random) ? 1 : 0);
            }
            lengths[l] = test.answered();
            if (test.answered() <= 30 && test.ability().standardError() <= TARGET) {
                within30++;
            }
            double error = test.ability().theta() - thetas[l];
            squaredError += error * error;
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(lengths).average().orElse(0);
        int p90 = sorted[(int) Math.ceil(0.9 * sorted.length) - 1];
        int maxExposure = Arrays.stream(exposure).max().orElse(0);
        long used = Arrays.stream(exposure).filter(e -> e > 0).count();
        System.out.printf(Locale.ROOT,
                "%s: mean %.1f items (%.0f %% of fixed), p90 %d, max %d; SE <= %.1f within 30 items: %.1f %%;"
                        + " RMSE %.3f; items used %d, highest exposure %.1f %%%n",
                label, mean, 100 * mean / fixed, p90, sorted[sorted.length - 1], TARGET,
                100.0 * within30 / thetas.length, Math.sqrt(squaredError / thetas.length), used,
                100.0 * maxExposure / thetas.length);
    }
}
