package org.vidya.catalog.domain;

import org.jspecify.annotations.Nullable;

/**
 * What a content block of a lesson holds, as its author wrote it (Markdown is rendered only
 * for reading). The JSON shape is the block of {@code docs/course-format.md}.
 */
public sealed interface BlockContent {

    /** {@code markdown}, {@code code}, {@code image}, {@code callout} or {@code question}. */
    String type();

    /** The same block in the flat shape the API reads and writes. */
    BlockInput toInput();

    record MarkdownText(LocalizedText text) implements BlockContent {
        public String type() { return "markdown"; }

        public BlockInput toInput() {
            return new BlockInput(type(), text.values(), null, null, null, null, null, null, null, null);
        }
    }

    record Code(String language, String code, @Nullable LocalizedText caption) implements BlockContent {
        public String type() { return "code"; }

        public BlockInput toInput() {
            return new BlockInput(type(), null, language, code, caption == null ? null : caption.values(), null, null,
                    null, null, null);
        }
    }

    /** {@code asset} is {@code assets/<name>}, an image of the same course. */
    record Image(String asset, LocalizedText alt, @Nullable LocalizedText caption) implements BlockContent {
        public String type() { return "image"; }

        public String assetName() {
            return asset.substring(CourseFormat.ASSET_PREFIX.length());
        }

        public BlockInput toInput() {
            return new BlockInput(type(), null, null, null, caption == null ? null : caption.values(), asset,
                    alt.values(), null, null, null);
        }
    }

    /** {@code style} is {@code note}, {@code tip} or {@code warning}; the text is Markdown. */
    record Callout(String style, LocalizedText text) implements BlockContent {
        public String type() { return "callout"; }

        public BlockInput toInput() {
            return new BlockInput(type(), text.values(), null, null, null, null, null, style, null, null);
        }
    }

    record Question(String itemRef, @Nullable LocalizedText prompt) implements BlockContent {
        public String type() { return "question"; }

        public BlockInput toInput() {
            return new BlockInput(type(), null, null, null, null, null, null, null, itemRef,
                    prompt == null ? null : prompt.values());
        }
    }
}
