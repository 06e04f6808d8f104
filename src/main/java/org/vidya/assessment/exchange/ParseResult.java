package org.vidya.assessment.exchange;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;

/** What a format read from a file: items, per-item errors, and a test when the file holds one. */
public record ParseResult(List<ParsedItem> items, List<ItemError> errors, @Nullable ParsedTest test) {

    public ParseResult {
        items = List.copyOf(items);
        errors = List.copyOf(errors);
    }

    /** An item read from the file; {@code index} counts items in file order from 0, {@code line} from 1. */
    public record ParsedItem(int index, int line, ItemDraft draft) {
    }

    /** A problem with one item (or, with index -1, with the file); {@code field} is a JSON path of the draft when known. */
    public record ItemError(int index, int line, @Nullable String field, String code, String message) {
    }

    /** A test in the file: sections listing items by their index in {@link #items()}. */
    public record ParsedTest(String title, List<Section> sections) {

        public ParsedTest {
            sections = List.copyOf(sections);
        }

        public record Section(String title, List<Integer> items, @Nullable Duration timeLimit) {

            public Section {
                items = List.copyOf(items);
            }
        }
    }
}
