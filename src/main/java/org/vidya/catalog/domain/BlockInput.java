package org.vidya.catalog.domain;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A content block in the flat shape of {@code docs/course-format.md}: {@code type} says which
 * of the other fields apply. Localized fields map a locale to its text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BlockInput(String type, @Nullable Map<String, String> text, @Nullable String language,
        @Nullable String code, @Nullable Map<String, String> caption, @Nullable String asset,
        @Nullable Map<String, String> alt, @Nullable String style, @Nullable String itemRef,
        @Nullable Map<String, String> prompt) {

    public static BlockInput markdown(Map<String, String> text) {
        return new BlockInput("markdown", text, null, null, null, null, null, null, null, null);
    }

    public static BlockInput code(String language, String code, @Nullable Map<String, String> caption) {
        return new BlockInput("code", null, language, code, caption, null, null, null, null, null);
    }

    public static BlockInput image(String asset, Map<String, String> alt, @Nullable Map<String, String> caption) {
        return new BlockInput("image", null, null, null, caption, asset, alt, null, null, null);
    }

    public static BlockInput callout(String style, Map<String, String> text) {
        return new BlockInput("callout", text, null, null, null, null, null, style, null, null);
    }

    public static BlockInput question(String itemRef, @Nullable Map<String, String> prompt) {
        return new BlockInput("question", null, null, null, null, null, null, null, itemRef, prompt);
    }
}
