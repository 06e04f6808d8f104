package org.vidya.assessment.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vidya.assessment.quiz.AttemptKey;
import org.vidya.assessment.quiz.MarkingScheme;
import org.vidya.assessment.quiz.SavedAnswer;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.ItemType;

import tools.jackson.databind.JsonNode;

/**
 * Scores an attempt from its key and saved answers: each slot through its item type, then marks
 * by its section's scheme. No Spring and no database, so it runs in plain tests and benchmarks.
 */
public final class Scoring {

    private static final Logger log = LoggerFactory.getLogger(Scoring.class);

    private final Function<String, Optional<ItemType>> types;

    public Scoring(Function<String, Optional<ItemType>> types) {
        this.types = types;
    }

    public ScoreSheet score(AttemptKey key, Map<String, SavedAnswer> answers) {
        List<SlotScore> slots = new ArrayList<>(key.slots().size());
        for (AttemptKey.Slot slot : key.slots()) {
            slots.add(score(key, slot, answers.get(slot.slot())));
        }
        return ScoreSheet.of(key, slots);
    }

    /** One slot scored by its type. */
    public SlotScore score(AttemptKey key, AttemptKey.Slot slot, @Nullable SavedAnswer answer) {
        JsonNode response = answer == null ? null : answer.response();
        long time = answer == null ? 0 : Math.max(0, answer.timeSpentMillis());
        boolean answered = !blank(response);
        ItemScore itemScore = answered ? grade(slot, response) : ItemScore.unanswered();
        return scored(key, slot, itemScore, answered, time);
    }

    /**
     * A slot with a score given from outside the type: by a person in the grading queue, by a
     * teacher's override, or later by an AI grader. The one entry point for scores not computed here.
     */
    public static SlotScore scored(AttemptKey key, AttemptKey.Slot slot, ItemScore itemScore, boolean answered,
            long timeSpentMillis) {
        MarkingScheme scheme = scheme(key, slot);
        return new SlotScore(slot, itemScore, Marks.of(slot, scheme, itemScore), Marks.max(slot, scheme), answered,
                timeSpentMillis);
    }

    static MarkingScheme scheme(AttemptKey key, AttemptKey.Slot slot) {
        int section = slot.section();
        return section >= 0 && section < key.sections().size() ? key.sections().get(section).marking()
                : MarkingScheme.itemMarks();
    }

    private ItemScore grade(AttemptKey.Slot slot, JsonNode response) {
        Optional<ItemType> type = types.apply(slot.type());
        if (type.isEmpty()) {
            log.warn("No item type {} for slot {}: left for a person to score", slot.type(), slot.slot());
            return ItemScore.pending();
        }
        try {
            return type.get().grade(slot.body(), response);
        } catch (RuntimeException e) {
            // A response the type cannot read must not stop the submission: a person scores it.
            log.warn("Item type {} could not score slot {}: left for a person", slot.type(), slot.slot(), e);
            return ItemScore.pending();
        }
    }

    static boolean blank(@Nullable JsonNode response) {
        return response == null || response.isNull() || response.isMissingNode()
                || (response.isContainer() && response.isEmpty());
    }
}
