package org.vidya.mastery.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.mastery.ConceptKnowledge;
import org.vidya.organization.GroupMember;
import org.vidya.platform.UserId;

/**
 * A class's mastery as the teacher reads it: one row per learner, one column per concept, each
 * cell the learner's mastery in percent (empty without evidence) with its colour band; and the
 * concepts most of the class is weak in, ranked by the share of learners below the mastered
 * threshold weighted by the concept's exam weight.
 *
 * @param sort the concept the rows are ordered by (weakest first), or null for by name
 */
record ClassMasteryHeatmap(List<Concept> concepts, List<Row> rows, List<WeakConcept> weakest, @Nullable String sort,
        boolean descending) {

    /** A concept is among the class's weak ones when more than this share of learners with evidence is below mastered. */
    static final double MOST = 0.5;
    static final int WEAKEST_SHOWN = 5;

    record Row(UserId learner, String name, List<Cell> cells) {
    }

    record Cell(String concept, @Nullable Integer percent, String band) {
    }

    /**
     * @param below        learners with evidence whose mastery is under the mastered threshold
     * @param withEvidence learners with any evidence on the concept
     * @param score        share below, times the concept's exam weight
     */
    record WeakConcept(Concept concept, int below, int withEvidence, int share, double score) {
    }

    static ClassMasteryHeatmap of(List<Concept> concepts, List<GroupMember> learners,
            Map<UserId, List<ConceptKnowledge>> knowledge, double masteredThreshold, @Nullable String sort,
            boolean descending) {
        String sortKey = sort != null && concepts.stream().anyMatch(c -> c.key().equals(sort)) ? sort : null;
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> counts = new HashMap<>();
        for (GroupMember learner : learners) {
            Map<String, Double> mine = new HashMap<>();
            knowledge.getOrDefault(learner.userId(), List.of()).forEach(k -> mine.put(k.concept(), k.mastery()));
            List<Cell> cells = new ArrayList<>(concepts.size());
            for (Concept concept : concepts) {
                Double mastery = mine.get(concept.key());
                cells.add(new Cell(concept.key(), mastery == null ? null : MasteryTexts.percent(mastery),
                        MasteryTexts.band(mastery, masteredThreshold)));
                if (mastery != null) {
                    int[] count = counts.computeIfAbsent(concept.key(), k -> new int[2]);
                    count[1]++;
                    if (mastery < masteredThreshold) {
                        count[0]++;
                    }
                }
            }
            rows.add(new Row(learner.userId(), learner.displayName(), cells));
        }
        if (sortKey != null) {
            int column = indexOf(concepts, sortKey);
            // Learners without evidence on the concept go last whichever way the column is sorted.
            Comparator<Row> byMastery = Comparator.comparing((Row r) -> r.cells().get(column).percent(),
                    Comparator.nullsLast(descending ? Comparator.<Integer>reverseOrder() : Comparator.<Integer>naturalOrder()));
            rows.sort(byMastery.thenComparing(Row::name));
        } else {
            rows.sort(Comparator.comparing(Row::name));
        }
        List<WeakConcept> weakest = new ArrayList<>();
        for (Concept concept : concepts) {
            int[] count = counts.get(concept.key());
            if (count == null || count[1] == 0) {
                continue;
            }
            double share = (double) count[0] / count[1];
            if (share > MOST) {
                weakest.add(new WeakConcept(concept, count[0], count[1], MasteryTexts.percent(share),
                        share * concept.examWeight()));
            }
        }
        weakest.sort(Comparator.comparingDouble(WeakConcept::score).reversed()
                .thenComparing(w -> w.concept().key()));
        return new ClassMasteryHeatmap(concepts, rows, List.copyOf(weakest.subList(0, Math.min(WEAKEST_SHOWN,
                weakest.size()))), sortKey, descending);
    }

    private static int indexOf(List<Concept> concepts, String key) {
        for (int i = 0; i < concepts.size(); i++) {
            if (concepts.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(key);
    }

    /** The column header's aria-sort for a concept. */
    public String ariaSort(String concept) {
        return concept.equals(sort) ? (descending ? "descending" : "ascending") : "none";
    }

    /** Whether the next click on a concept's header sorts descending (it toggles on the sorted column). */
    public boolean nextDescending(String concept) {
        return concept.equals(sort) && !descending;
    }
}
