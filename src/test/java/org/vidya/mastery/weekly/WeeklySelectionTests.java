package org.vidya.mastery.weekly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.PoolItem;

/** The weekly test's item rules: quotas by priority, difficulty near the 70 % target, fresh items only. */
class WeeklySelectionTests {

    /** An in-memory pool that answers like {@code ItemPool.candidates}: by concept and b range, in b order. */
    static final class Bank implements WeeklySelection.Candidates {

        final List<PoolItem> items = new ArrayList<>();
        int calls;

        Bank add(String concept, double... difficulties) {
            for (double b : difficulties) {
                items.add(new PoolItem(new ItemId(new UUID(items.size() + 1, 7)), "single-choice", concept, List.of(),
                        "medium", 1, b, 0, true, BigDecimal.ONE));
            }
            return this;
        }

        Bank spread(String concept, int count, double from, double to) {
            for (int i = 0; i < count; i++) {
                add(concept, from + (to - from) * i / Math.max(1, count - 1));
            }
            return this;
        }

        @Override
        public List<PoolItem> find(Collection<String> concepts, double min, double max, Collection<ItemId> exclude,
                int limit) {
            calls++;
            return items.stream().filter(i -> concepts.contains(i.primaryConcept()) && i.b() >= min && i.b() <= max
                    && !exclude.contains(i.id())).sorted(Comparator.comparingDouble(PoolItem::b)
                    .thenComparing(i -> i.id().value())).limit(limit).toList();
        }
    }

    static ConceptPriority concept(String key, double priority) {
        return new ConceptPriority(key, priority, ConceptPriority.Reason.WEAK);
    }

    @Test
    void theTargetDifficultyGivesSeventyPercentSuccess() {
        double theta = 0.8;
        double b = WeeklySelection.targetDifficulty(theta);
        double success = 1 / (1 + Math.exp(-1.7 * (theta - b)));
        assertThat(success).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b).isCloseTo(theta - 0.498, org.assertj.core.data.Offset.offset(0.001));
    }

    @Test
    void quotasFollowPriorityGiveEveryConceptOneAndAddUpToTheTotal() {
        Map<String, Integer> quotas = WeeklySelection.quotas(List.of(concept("a", 3), concept("b", 2),
                concept("c", 1)), 25);
        assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
        assertThat(quotas.get("a")).isGreaterThan(quotas.get("b"));
        assertThat(quotas.get("b")).isGreaterThan(quotas.get("c"));
        assertThat(quotas.get("c")).isGreaterThanOrEqualTo(1);
        // a: 1 + 22 * 3/6 = 12, b: 1 + 22 * 2/6 = 8.33, c: 1 + 22/6 = 4.67 -> the remainder goes to c.
        assertThat(quotas).containsExactly(Map.entry("a", 12), Map.entry("b", 8), Map.entry("c", 5));
    }

    @Test
    void moreConceptsThanItemsKeepsTheHighestPriorities() {
        List<ConceptPriority> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(concept("c" + (100 + i), i));
        }
        Map<String, Integer> quotas = WeeklySelection.quotas(many, 25);
        assertThat(quotas).hasSize(25).doesNotContainKeys("c100", "c101", "c102", "c103", "c104");
        assertThat(quotas.values()).containsOnly(1);
    }

    @Test
    void picksItemsNearestTheTargetOnEachConcept() {
        Bank bank = new Bank().spread("a", 41, -3, 3).spread("b", 41, -3, 3);
        double theta = 1.0;
        double target = WeeklySelection.targetDifficulty(theta);
        List<PoolItem> paper = new WeeklySelection(bank).select(List.of(concept("a", 1), concept("b", 1)), theta,
                Set.of(), 10);
        assertThat(paper).hasSize(10);
        assertThat(paper.stream().filter(i -> i.primaryConcept().equals("a"))).hasSize(5);
        assertThat(paper).allSatisfy(item -> assertThat(Math.abs(item.b() - target)).isLessThan(0.4));
        assertThat(new HashSet<>(paper)).hasSize(10);
        // Concepts alternate on the paper rather than coming in blocks.
        assertThat(paper.get(0).primaryConcept()).isNotEqualTo(paper.get(1).primaryConcept());
    }

    @Test
    void theWindowWidensWhenNothingIsNearTheTarget() {
        Bank bank = new Bank().add("a", -4, -3.5, -3, 5.5, 5.8);
        List<PoolItem> paper = new WeeklySelection(bank).select(List.of(concept("a", 1)), 0, Set.of(), 4);
        assertThat(paper).extracting(PoolItem::b).containsExactlyInAnyOrder(-4.0, -3.5, -3.0, 5.5);
    }

    @Test
    void leavesOutItemsSeenRecently() {
        Bank bank = new Bank().spread("a", 10, -0.5, -0.4);
        Set<ItemId> seen = bank.items.subList(0, 6).stream().map(PoolItem::id).collect(Collectors.toSet());
        List<PoolItem> paper = new WeeklySelection(bank).select(List.of(concept("a", 1)), 0, seen, 4);
        assertThat(paper).extracting(PoolItem::id).doesNotContainAnyElementsOf(seen).hasSize(4);
    }

    @Test
    void whatAThinConceptLacksGoesToTheOthers() {
        Bank bank = new Bank().add("thin", 0).spread("rich", 30, -1, 1);
        List<PoolItem> paper = new WeeklySelection(bank).select(List.of(concept("thin", 5), concept("rich", 1)), 0,
                Set.of(), 10);
        Map<String, Long> perConcept = paper.stream().collect(Collectors.groupingBy(PoolItem::primaryConcept,
                Collectors.counting()));
        assertThat(perConcept).containsEntry("thin", 1L).containsEntry("rich", 9L);
    }

    @Test
    void aSmallBankGivesAShorterTestDownToTheMinimum() {
        Bank bank = new Bank().spread("a", 12, -1, 1);
        assertThat(new WeeklySelection(bank).select(List.of(concept("a", 1)), 0, Set.of(), 25)).hasSize(12);
        Bank tooSmall = new Bank().spread("a", WeeklySelection.MINIMUM - 1, -1, 1);
        assertThatThrownBy(() -> new WeeklySelection(tooSmall).select(List.of(concept("a", 1)), 0, Set.of(), 25))
                .isInstanceOf(WeeklySelection.TooFewItems.class);
    }

    @Test
    void tooFewFreshItemsIsRefusedWithTheCounts() {
        Bank bank = new Bank().spread("a", 3, -1, 1);
        assertThatThrownBy(() -> new WeeklySelection(bank).select(List.of(concept("a", 1)), 0, Set.of(), 25))
                .isInstanceOfSatisfying(WeeklySelection.TooFewItems.class, e -> {
                    assertThat(e.found).isEqualTo(3);
                    assertThat(e.wanted).isEqualTo(25);
                });
    }

    @Test
    void theSameStateGivesTheSamePaper() {
        Bank bank = new Bank().spread("a", 50, -2, 2).spread("b", 50, -2, 2);
        List<ConceptPriority> concepts = List.of(concept("a", 2), concept("b", 1));
        assertThat(new WeeklySelection(bank).select(concepts, 0.3, Set.of(), 25))
                .isEqualTo(new WeeklySelection(bank).select(concepts, 0.3, Set.of(), 25));
    }

    @Test
    void oneQueryServesEveryConceptWhenTheBankIsDenseNearTheTarget() {
        Bank bank = new Bank();
        for (String concept : List.of("a", "b", "c", "d", "e")) {
            bank.spread(concept, 40, -0.7, -0.3);
        }
        List<ConceptPriority> concepts = List.of(concept("a", 5), concept("b", 4), concept("c", 3), concept("d", 2),
                concept("e", 1));
        assertThat(new WeeklySelection(bank).select(concepts, 0, Set.of(), 25)).hasSize(25);
        assertThat(bank.calls).isEqualTo(1);
    }
}
