package org.vidya.assessment.grading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.spi.Outcome;

/**
 * An attempt's scores with their totals: per attempt, per section and per primary concept.
 * Secondary concepts travel with each item's outcome but are not added to concept totals, so an
 * item's marks are counted once.
 */
public record ScoreSheet(List<SlotScore> slots, BigDecimal score, BigDecimal maxScore, double accuracy,
        List<SectionTotal> sections, List<ConceptTotal> concepts) {

    public ScoreSheet {
        slots = List.copyOf(slots);
        sections = List.copyOf(sections);
        concepts = List.copyOf(concepts);
    }

    public record SectionTotal(int index, String title, BigDecimal score, BigDecimal maxScore, int correct,
            int partial, int incorrect, int unanswered, int pending) {
    }

    public record ConceptTotal(String concept, BigDecimal score, BigDecimal maxScore, double accuracy, int items) {
    }

    public int pending() {
        return (int) slots.stream().filter(SlotScore::pending).count();
    }

    public boolean complete() {
        return pending() == 0;
    }

    /** Totals of scored slots in paper order. */
    public static ScoreSheet of(AttemptKey key, List<SlotScore> slots) {
        BigDecimal score = Marks.zero();
        BigDecimal max = Marks.zero();
        int answered = 0;
        double earned = 0;
        int sectionCount = key.sections().size();
        BigDecimal[] sectionScore = new BigDecimal[sectionCount];
        BigDecimal[] sectionMax = new BigDecimal[sectionCount];
        int[][] counts = new int[sectionCount][Outcome.values().length];
        for (int i = 0; i < sectionCount; i++) {
            sectionScore[i] = Marks.zero();
            sectionMax[i] = Marks.zero();
        }
        Map<String, ConceptSum> concepts = new LinkedHashMap<>();
        for (SlotScore slot : slots) {
            score = score.add(slot.score());
            max = max.add(slot.maxScore());
            int section = slot.slot().section();
            if (section >= 0 && section < sectionCount) {
                sectionScore[section] = sectionScore[section].add(slot.score());
                sectionMax[section] = sectionMax[section].add(slot.maxScore());
                counts[section][slot.outcome().ordinal()]++;
            }
            if (slot.answered() && !slot.pending()) {
                answered++;
                earned += Math.max(0, slot.fraction());
            }
            String concept = slot.slot().primaryConcept();
            if (concept != null) {
                concepts.computeIfAbsent(concept, c -> new ConceptSum()).add(slot);
            }
        }
        List<SectionTotal> sections = new ArrayList<>(sectionCount);
        for (int i = 0; i < sectionCount; i++) {
            int[] c = counts[i];
            sections.add(new SectionTotal(i, key.sections().get(i).title(), sectionScore[i], sectionMax[i],
                    c[Outcome.CORRECT.ordinal()], c[Outcome.PARTIAL.ordinal()], c[Outcome.INCORRECT.ordinal()],
                    c[Outcome.UNANSWERED.ordinal()], c[Outcome.PENDING.ordinal()]));
        }
        List<ConceptTotal> conceptTotals = concepts.entrySet().stream()
                .map(e -> e.getValue().total(e.getKey()))
                .toList();
        return new ScoreSheet(slots, score, max, answered == 0 ? 0 : earned / answered, sections, conceptTotals);
    }

    private static final class ConceptSum {
        BigDecimal score = Marks.zero();
        BigDecimal max = Marks.zero();
        double earned;
        int scored;
        int items;

        void add(SlotScore slot) {
            score = score.add(slot.score());
            max = max.add(slot.maxScore());
            items++;
            if (!slot.pending()) {
                scored++;
                earned += Math.max(0, slot.fraction());
            }
        }

        ConceptTotal total(String concept) {
            return new ConceptTotal(concept, score, max, scored == 0 ? 0 : earned / scored, items);
        }
    }
}
