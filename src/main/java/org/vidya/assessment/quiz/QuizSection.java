package org.vidya.assessment.quiz;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One section of a test: a fixed form ({@code items}, in order) or a blueprint ({@code rules},
 * each drawing {@code count} items from a bank at generation). Exactly one of the two is non-empty.
 */
public record QuizSection(String title, @Nullable Integer timeLimitSeconds, MarkingScheme marking, List<UUID> items,
        List<BlueprintRule> rules) {

    public QuizSection {
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    public boolean fixed() {
        return rules.isEmpty();
    }

    /** How many items the section puts on a paper. */
    public int size() {
        return fixed() ? items.size() : rules.stream().mapToInt(BlueprintRule::count).sum();
    }

    /** Draws {@code count} items of a bank, filtered by concept, difficulty ({@code easy|medium|hard}) and category when given. */
    public record BlueprintRule(UUID bank, @Nullable String concept, @Nullable String difficulty,
            @Nullable UUID category, int count) {
    }
}
