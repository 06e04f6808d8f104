package org.vidya.mastery.weekly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vidya.assessment.ItemId;
import org.vidya.assessment.PoolItem;

/**
 * Picks a weekly test's items: a quota per concept in proportion to its priority (at least one
 * each, largest remainders first), on each concept the fresh items whose difficulty is nearest
 * the target (one query for all concepts' first window), and the target set so that the learner answers about 70 % right: under the logistic
 * model P = 1 / (1 + e^(-1.7 (theta - b))), P = 0.7 at b = theta - ln(7/3) / 1.7, about
 * theta - 0.5. The difficulty window starts narrow and doubles until a concept has enough items;
 * what a concept still lacks goes to the others. Pure: items come from {@link Candidates}.
 */
final class WeeklySelection {

    /** The logistic model's scale factor, as in the item bank's {@code Irt}. */
    static final double SCALE = 1.7;
    static final double TARGET_SUCCESS = 0.7;
    static final double FIRST_HALF_WIDTH = 0.25;
    static final double LAST_HALF_WIDTH = 8.0;
    /** The most items the first, all-concept query fetches. */
    static final int BATCH_LIMIT = 2_000;
    /**
     * The fewest items a weekly test is built with: a small bank (a school's first term, or a learner
     * who has answered most of it recently) gives a shorter test rather than none.
     */
    static final int MINIMUM = 10;

    /** Where candidates come from: {@code ItemPool.candidates}. */
    @FunctionalInterface
    interface Candidates {
        List<PoolItem> find(Collection<String> concepts, double min, double max, Collection<ItemId> exclude,
                int limit);
    }

    /** Too few fresh items for the concepts: {@code found} of {@code wanted}. */
    static final class TooFewItems extends RuntimeException {

        final int found;
        final int wanted;

        TooFewItems(int found, int wanted) {
            super("Only " + found + " of " + wanted + " items are available");
            this.found = found;
            this.wanted = wanted;
        }
    }

    private final Candidates candidates;

    WeeklySelection(Candidates candidates) {
        this.candidates = candidates;
    }

    /** The difficulty at which a learner of ability {@code theta} answers right with probability 0.7. */
    static double targetDifficulty(double theta) {
        return theta - Math.log(TARGET_SUCCESS / (1 - TARGET_SUCCESS)) / SCALE;
    }

    /**
     * Splits {@code total} items over the concepts by priority: at least one each (the lowest
     * priorities are dropped when there are more concepts than items), the rest in proportion.
     */
    static Map<String, Integer> quotas(List<ConceptPriority> concepts, int total) {
        List<ConceptPriority> sorted = concepts.stream().sorted(WeeklyConcepts.BY_PRIORITY).limit(total).toList();
        Map<String, Integer> quotas = new LinkedHashMap<>();
        if (sorted.isEmpty() || total <= 0) {
            return quotas;
        }
        double sum = sorted.stream().mapToDouble(ConceptPriority::priority).sum();
        int spare = total - sorted.size();
        double[] remainders = new double[sorted.size()];
        int given = 0;
        for (int i = 0; i < sorted.size(); i++) {
            double exact = spare * sorted.get(i).priority() / sum;
            int whole = (int) Math.floor(exact);
            quotas.put(sorted.get(i).concept(), 1 + whole);
            remainders[i] = exact - whole;
            given += whole;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < spare; k = (k + 1) % order.size(), given++) {
            quotas.merge(sorted.get(order.get(k)).concept(), 1, Integer::sum);
        }
        return quotas;
    }

    /**
     * {@code total} items on the concepts for a learner of ability {@code theta}, none of
     * {@code exclude}; fewer when the bank has fewer fresh items, down to {@link #MINIMUM}.
     */
    List<PoolItem> select(List<ConceptPriority> concepts, double theta, Set<ItemId> exclude, int total) {
        double target = targetDifficulty(theta);
        Map<String, Integer> quotas = quotas(concepts, total);
        Set<ItemId> taken = new HashSet<>();
        Set<ItemId> avoid = new HashSet<>(exclude);
        Map<String, List<PoolItem>> chosen = new LinkedHashMap<>();
        Map<String, Boolean> exhausted = new LinkedHashMap<>();
        int shortfall = 0;
        // One query for every concept's first window; only concepts it leaves short ask again, alone.
        List<PoolItem> first = candidates.find(quotas.keySet(), target - FIRST_HALF_WIDTH, target + FIRST_HALF_WIDTH,
                avoid, BATCH_LIMIT);
        boolean complete = first.size() < BATCH_LIMIT;
        Map<String, List<PoolItem>> near = new LinkedHashMap<>();
        first.forEach(item -> near.computeIfAbsent(item.primaryConcept(), k -> new ArrayList<>()).add(item));
        for (Map.Entry<String, Integer> quota : quotas.entrySet()) {
            List<PoolItem> inWindow = near.getOrDefault(quota.getKey(), List.of());
            List<PoolItem> picked = inWindow.size() >= quota.getValue() ? nearest(inWindow, target, quota.getValue())
                    : pick(quota.getKey(), target, quota.getValue(), avoid,
                            complete ? 2 * FIRST_HALF_WIDTH : FIRST_HALF_WIDTH);
            picked.forEach(item -> {
                taken.add(item.id());
                avoid.add(item.id());
            });
            chosen.put(quota.getKey(), new ArrayList<>(picked));
            exhausted.put(quota.getKey(), picked.size() < quota.getValue());
            shortfall += quota.getValue() - picked.size();
        }
        // What a thin concept lacks goes to the others, highest priority first.
        for (String concept : quotas.keySet()) {
            if (shortfall == 0) {
                break;
            }
            if (exhausted.get(concept)) {
                continue;
            }
            List<PoolItem> more = pick(concept, target, shortfall, avoid, FIRST_HALF_WIDTH);
            more.forEach(item -> {
                taken.add(item.id());
                avoid.add(item.id());
            });
            chosen.get(concept).addAll(more);
            shortfall -= more.size();
        }
        List<PoolItem> all = new ArrayList<>();
        chosen.values().forEach(all::addAll);
        if (all.size() < Math.min(total, MINIMUM)) {
            throw new TooFewItems(all.size(), total);
        }
        return interleave(chosen);
    }

    /** The {@code count} fresh items of the concept nearest the target, widening the window as needed. */
    private List<PoolItem> pick(String concept, double target, int count, Set<ItemId> avoid, double firstHalfWidth) {
        double half = firstHalfWidth;
        List<PoolItem> found = List.of();
        while (true) {
            // A few more than needed, so that the nearest ones can be chosen within the window.
            found = candidates.find(List.of(concept), target - half, target + half, avoid, count * 3);
            if (found.size() >= count || half >= LAST_HALF_WIDTH) {
                break;
            }
            half *= 2;
        }
        return nearest(found, target, count);
    }

    private static List<PoolItem> nearest(List<PoolItem> items, double target, int count) {
        return items.stream().sorted(Comparator.comparingDouble((PoolItem item) -> Math.abs(item.b() - target))
                .thenComparing(item -> item.id().value())).limit(count).toList();
    }

    /** One concept after another, round by round, so that the paper does not block by concept. */
    private static List<PoolItem> interleave(Map<String, List<PoolItem>> byConcept) {
        List<PoolItem> paper = new ArrayList<>();
        int round = 0;
        boolean any = true;
        while (any) {
            any = false;
            for (List<PoolItem> items : byConcept.values()) {
                if (round < items.size()) {
                    paper.add(items.get(round));
                    any = true;
                }
            }
            round++;
        }
        return paper;
    }
}
