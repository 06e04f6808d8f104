package org.vidya.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The limits and shapes of catalog content, shared by the authoring API and course import so
 * that both accept exactly the same things (see {@code docs/course-format.md}). Each check adds
 * what is wrong to {@link Errors} under the field's path and returns the cleaned value, or null.
 */
final class Rules {

    static final int MAX_MODULES = 50;
    static final int MAX_LESSONS = 200;
    static final int MAX_BLOCKS = 100;
    static final int MAX_TEXT = 100_000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 5_000;
    static final int MAX_CAPTION = 500;
    static final int MAX_PROMPT = 2_000;
    static final int MAX_CATEGORY = 64;
    static final int MAX_CONCEPT_KEYS = 20;
    static final int MAX_MINUTES = 600;
    static final BigDecimal MAX_HOURS = new BigDecimal("10000");
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");
    static final Set<String> CALLOUT_STYLES = Set.of("note", "tip", "warning");

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern CONCEPT_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
    static final Pattern LANGUAGE = Pattern.compile("[a-z0-9][a-z0-9+#._-]{0,39}");
    static final Pattern ITEM_REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    static final Pattern ASSET_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Rules() {
    }

    static @Nullable String slug(Errors errors, String path, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(path, "required", "is required");
            return null;
        }
        if (value.length() > 64 || !SLUG.matcher(value).matches()) {
            errors.add(path, "invalid-slug", "must be lower-case letters and digits joined by single dashes,"
                    + " at most 64 characters");
            return null;
        }
        return value;
    }

    static @Nullable String locale(Errors errors, String path, @Nullable String value) {
        if (value == null || value.isBlank()) {
            errors.add(path, "required", "is required");
            return null;
        }
        if (value.length() > 16 || !LocalizedText.LOCALE.matcher(value).matches()) {
            errors.add(path, "invalid-locale", "must be a language tag such as en, hi or km");
            return null;
        }
        return value;
    }

    /** A one-line text such as a title or a category. */
    static @Nullable String line(Errors errors, String path, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(path, "required", "is required");
            }
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.add(path, "too-long", "must be at most " + max + " characters");
            return null;
        }
        if (hasControl(stripped, false)) {
            errors.add(path, "control-characters", "must be a single line without control characters");
            return null;
        }
        return stripped;
    }

    /**
     * A localized text. It needs the default locale; each translation is checked alone.
     * {@code multiline} allows line breaks and tabs (Markdown, code, prompts).
     */
    static @Nullable LocalizedText text(Errors errors, String path, @Nullable Map<String, String> values,
            String defaultLocale, int max, boolean multiline, boolean required) {
        if (values == null || values.isEmpty()) {
            if (required) {
                errors.add(path, "required", "is required");
            }
            return null;
        }
        int before = errors.count();
        if (values.size() > LocalizedText.MAX_LOCALES) {
            errors.add(path, "too-many-locales", "may have at most " + LocalizedText.MAX_LOCALES + " translations");
            return null;
        }
        values.forEach((locale, text) -> {
            String at = path + "." + locale;
            if (locale == null || locale.length() > 16 || !LocalizedText.LOCALE.matcher(locale).matches()) {
                errors.add(path, "invalid-locale", "'" + abbreviate(String.valueOf(locale))
                        + "' is not a language tag such as en, hi or km");
            } else if (text != null && text.length() > max) {
                errors.add(at, "too-long", "must be at most " + max + " characters");
            } else if (text != null && hasControl(text, multiline)) {
                errors.add(at, "control-characters", multiline ? "must not contain control characters"
                        : "must be a single line without control characters");
            }
        });
        String main = values.get(defaultLocale);
        if (main == null || main.isBlank()) {
            errors.add(path + "." + defaultLocale, "required", "needs a text in the default locale " + defaultLocale);
        }
        if (errors.count() > before) {
            return null;
        }
        return LocalizedText.of(defaultLocale, multiline ? values : strip(values));
    }

    static @Nullable BigDecimal hours(Errors errors, String path, @Nullable BigDecimal value) {
        if (value == null) {
            errors.add(path, "required", "is required");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_HOURS) > 0 || value.stripTrailingZeros().scale() > 1) {
            errors.add(path, "out-of-range", "must be between 0 and " + MAX_HOURS + " with at most one decimal");
            return null;
        }
        return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }

    static @Nullable BigDecimal price(Errors errors, String path, @Nullable BigDecimal value, boolean paid) {
        if (value == null) {
            return null;
        }
        if (!paid) {
            errors.add(path, "free-course-price", "a course that is not paid has no price");
            return null;
        }
        if (value.signum() < 0 || value.compareTo(MAX_PRICE) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.add(path, "out-of-range", "must be between 0 and " + MAX_PRICE + " with at most two decimals");
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static int minutes(Errors errors, String path, @Nullable Integer value) {
        if (value == null) {
            errors.add(path, "required", "is required");
            return 0;
        }
        if (value < 1 || value > MAX_MINUTES) {
            errors.add(path, "out-of-range", "must be between 1 and " + MAX_MINUTES);
            return 0;
        }
        return value;
    }

    static List<String> conceptKeys(Errors errors, String path, @Nullable List<String> keys) {
        if (keys == null) {
            return List.of();
        }
        if (keys.size() > MAX_CONCEPT_KEYS) {
            errors.add(path, "too-many", "may have at most " + MAX_CONCEPT_KEYS + " concept keys");
            return List.of();
        }
        Set<String> clean = new LinkedHashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || !CONCEPT_KEY.matcher(key).matches()) {
                errors.add(path + "[" + i + "]", "invalid-concept-key",
                        "must be lower-case letters, digits, dots, dashes or underscores (at most 100)");
            } else {
                clean.add(key);
            }
        }
        return new ArrayList<>(clean);
    }

    /** A block as the API or a package gives it, checked and typed. */
    static @Nullable BlockContent block(Errors errors, String path, @Nullable BlockInput input, String defaultLocale) {
        if (input == null) {
            errors.add(path, "required", "is required");
            return null;
        }
        int before = errors.count();
        String at = path.isEmpty() ? "" : path + ".";
        String type = input.type() == null ? "" : input.type();
        BlockContent block = switch (type) {
            case "markdown" -> {
                LocalizedText text = text(errors, at + "text", input.text(), defaultLocale, MAX_TEXT, true, true);
                yield text == null ? null : new BlockContent.MarkdownText(text);
            }
            case "code" -> {
                String language = input.language();
                if (language == null || !LANGUAGE.matcher(language).matches()) {
                    errors.add(at + "language", "invalid-language",
                            "must be a highlight.js language name such as python or java");
                }
                String code = input.code();
                if (code == null || code.isBlank()) {
                    errors.add(at + "code", "required", "is required");
                } else if (code.length() > MAX_TEXT) {
                    errors.add(at + "code", "too-long", "must be at most " + MAX_TEXT + " characters");
                } else if (hasControl(code, true)) {
                    errors.add(at + "code", "control-characters", "must not contain control characters");
                }
                LocalizedText caption = text(errors, at + "caption", input.caption(), defaultLocale, MAX_CAPTION,
                        false, false);
                yield new BlockContent.Code(String.valueOf(language), String.valueOf(code), caption);
            }
            case "image" -> {
                String asset = input.asset();
                if (asset == null || !asset.startsWith(CourseFormat.ASSET_PREFIX)
                        || !ASSET_NAME.matcher(asset.substring(CourseFormat.ASSET_PREFIX.length())).matches()) {
                    errors.add(at + "asset", "invalid-asset", "must name an image as assets/<name>");
                }
                LocalizedText alt = text(errors, at + "alt", input.alt(), defaultLocale, MAX_CAPTION, false, true);
                LocalizedText caption = text(errors, at + "caption", input.caption(), defaultLocale, MAX_CAPTION,
                        false, false);
                yield alt == null ? null : new BlockContent.Image(String.valueOf(asset), alt, caption);
            }
            case "callout" -> {
                String style = input.style();
                if (style == null || !CALLOUT_STYLES.contains(style)) {
                    errors.add(at + "style", "invalid-style", "must be note, tip or warning");
                }
                LocalizedText text = text(errors, at + "text", input.text(), defaultLocale, MAX_TEXT, true, true);
                yield text == null ? null : new BlockContent.Callout(String.valueOf(style), text);
            }
            case "question" -> {
                String itemRef = input.itemRef();
                if (itemRef == null || !ITEM_REF.matcher(itemRef).matches()) {
                    errors.add(at + "itemRef", "invalid-item-ref",
                            "must name an item: letters, digits, dots, dashes, colons (at most 200)");
                }
                LocalizedText prompt = text(errors, at + "prompt", input.prompt(), defaultLocale, MAX_PROMPT,
                        true, false);
                yield new BlockContent.Question(String.valueOf(itemRef), prompt);
            }
            default -> {
                errors.add(at + "type", "unknown-block-type",
                        "must be markdown, code, image, callout or question");
                yield null;
            }
        };
        return errors.count() > before ? null : block;
    }

    static boolean hasControl(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> strip(Map<String, String> values) {
        Map<String, String> stripped = new java.util.LinkedHashMap<>();
        values.forEach((locale, text) -> stripped.put(locale, text == null ? null : text.strip()));
        return stripped;
    }

    private static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
