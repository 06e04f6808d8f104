package org.vidya.assessment.exchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * What an import read (and, unless it was a dry run, saved): every item in file order with its
 * answers and problems, the problems of the file as a whole, and what was created.
 *
 * @param valid   items without problems (saved unless {@code dryRun})
 * @param refused indexes of items not saved because of their problems
 * @param created ids of the saved items, in file order; empty on a dry run
 * @param quiz    the test created from the file's test, when it held one and this was no dry run
 */
public record ImportReport(String format, boolean dryRun, List<Item> items, List<FileError> fileErrors, int valid,
        List<Integer> refused, List<UUID> created, @Nullable Test test, @Nullable UUID quiz) {

    public ImportReport {
        items = List.copyOf(items);
        fileErrors = List.copyOf(fileErrors);
        refused = List.copyOf(refused);
        created = List.copyOf(created);
    }

    /** Whether anything would be (or was) saved. */
    public boolean hasValidItems() {
        return valid > 0;
    }

    /**
     * One item of the file. {@code type} and the fields after it are null when the item could not be
     * read at all; {@code text} is the prompt (the cloze text for cloze items).
     */
    public record Item(int index, int line, @Nullable String type, @Nullable String title,
            @Nullable String externalId, @Nullable String text, @Nullable String category,
            @Nullable String primaryConcept, List<String> secondaryConcepts, @Nullable BigDecimal marks,
            @Nullable String explanation, List<Answer> answers, @Nullable JsonNode body, List<Problem> errors,
            @Nullable UUID id) {

        public Item {
            secondaryConcepts = List.copyOf(secondaryConcepts);
            answers = List.copyOf(answers);
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return type != null && errors.isEmpty();
        }
    }

    /**
     * A choice or accepted answer as the teacher checks it: its text, the fraction of credit it gives
     * (null where the type has none, as for matching pairs), its feedback, and whether it is right.
     */
    public record Answer(String text, @Nullable BigDecimal fraction, @Nullable String feedback, boolean correct) {
    }

    /** A problem with an item; {@code field} is a JSON path ({@code body.choices[1].fraction}) when known. */
    public record Problem(int line, @Nullable String field, String code, String message) {
    }

    /** A problem with the file as a whole (bad encoding, malformed XML): nothing in it was read. */
    public record FileError(int line, String code, String message) {
    }

    /** A test the file holds: its sections name items by their index. */
    public record Test(String title, List<Section> sections) {

        public Test {
            sections = List.copyOf(sections);
        }
    }

    public record Section(String title, List<Integer> items, @Nullable Long timeLimitSeconds) {

        public Section {
            items = List.copyOf(items);
        }
    }
}
