package org.vidya.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One content block of a published lesson, ready to show. Every {@code html} value is
 * rendered from Markdown and sanitized by the catalog; templates may print it unescaped.
 * Everything else is plain text and must be escaped.
 */
public sealed interface LessonBlock {

    /** {@code markdown}, {@code code}, {@code image}, {@code callout} or {@code question}. */
    String type();

    record Markdown(String html) implements LessonBlock {
        public String type() { return "markdown"; }
    }

    record Code(String language, String code, @Nullable String caption) implements LessonBlock {
        public String type() { return "code"; }
    }

    /** {@code url} is a catalog-served asset address. */
    record Image(String url, String alt, @Nullable String caption) implements LessonBlock {
        public String type() { return "image"; }
    }

    /** {@code style} is {@code note}, {@code tip} or {@code warning}. */
    record Callout(String style, String html) implements LessonBlock {
        public String type() { return "callout"; }
    }

    /** A question from the item bank, shown once the assessment engine answers {@code itemRef}. */
    record Question(String itemRef, @Nullable String prompt) implements LessonBlock {
        public String type() { return "question"; }
    }
}
