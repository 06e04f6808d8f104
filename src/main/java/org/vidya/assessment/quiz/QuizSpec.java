package org.vidya.assessment.quiz;

import java.util.List;

/** Everything a teacher says about a test. */
public record QuizSpec(String title, String description, QuizKind kind, List<QuizSection> sections,
        QuizSettings settings) {

    public QuizSpec {
        sections = List.copyOf(sections);
    }

    public int size() {
        return sections.stream().mapToInt(QuizSection::size).sum();
    }
}
