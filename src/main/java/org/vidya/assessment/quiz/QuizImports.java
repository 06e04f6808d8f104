package org.vidya.assessment.quiz;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.QuizId;

/** What test import and export (QTI assessment tests) need of tests. */
public interface QuizImports {

    /** Creates a practice test with a fixed form of these sections and items; the caller needs the right to build tests. */
    QuizId createFixedForm(String title, List<Section> sections);

    /** A fixed-form test's sections and items, for export; 404 when not visible, 400 {@code not-a-fixed-form} for blueprints. */
    Outline outline(QuizId quiz);

    record Section(String title, List<ItemId> items, @Nullable Duration timeLimit) {

        public Section {
            items = List.copyOf(items);
        }
    }

    record Outline(String title, List<Section> sections) {

        public Outline {
            sections = List.copyOf(sections);
        }
    }
}
