package org.vidya.catalog.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A text in a default locale plus translations ({@code en}, {@code hi}, {@code km}, …). A
 * reader asking for a locale the text lacks gets the default. Stored and sent as a JSON
 * object from locale to text whose first entry is the default.
 */
public final class LocalizedText {

    /** A BCP 47 tag as courses use them: a language, optionally a region or script. */
    public static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}");
    public static final int MAX_LOCALES = 20;

    private final String defaultLocale;
    private final Map<String, String> values;

    private LocalizedText(String defaultLocale, Map<String, String> values) {
        this.defaultLocale = defaultLocale;
        this.values = values;
    }

    /**
     * The text in these locales with {@code defaultLocale} first. Blank translations are
     * dropped; the default locale must have a text.
     *
     * @throws IllegalArgumentException when the default locale has no text
     */
    public static LocalizedText of(String defaultLocale, Map<String, String> values) {
        Map<String, String> ordered = new LinkedHashMap<>();
        String main = values.get(defaultLocale);
        if (main == null || main.isBlank()) {
            throw new IllegalArgumentException("no text in the default locale " + defaultLocale);
        }
        ordered.put(defaultLocale, main);
        values.forEach((locale, text) -> {
            if (text != null && !text.isBlank()) {
                ordered.putIfAbsent(locale, text);
            }
        });
        return new LocalizedText(defaultLocale, Collections.unmodifiableMap(ordered));
    }

    /** A text in one locale only. */
    public static LocalizedText of(String locale, String text) {
        return of(locale, Map.of(locale, text));
    }

    /** Read back from storage: the first entry is the default. */
    static LocalizedText stored(Map<String, String> ordered) {
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("a stored text has at least its default locale");
        }
        return new LocalizedText(ordered.keySet().iterator().next(),
                Collections.unmodifiableMap(new LinkedHashMap<>(ordered)));
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    /** Locale to text, the default first. */
    @JsonValue
    public Map<String, String> values() {
        return values;
    }

    public String defaultText() {
        return values.get(defaultLocale);
    }

    /** The text in the locale, else in its language, else in the default locale. */
    public String in(@Nullable Locale locale) {
        if (locale != null) {
            String exact = values.get(locale.toLanguageTag());
            if (exact != null) {
                return exact;
            }
            String language = values.get(locale.getLanguage());
            if (language != null) {
                return language;
            }
        }
        return defaultText();
    }

    /** The same translations with each text changed (used to render Markdown once per locale). */
    public LocalizedText map(UnaryOperator<String> change) {
        Map<String, String> changed = new LinkedHashMap<>();
        values.forEach((locale, text) -> changed.put(locale, change.apply(text)));
        return new LocalizedText(defaultLocale, Collections.unmodifiableMap(changed));
    }

    /**
     * The same text with another default locale, for text shared between things of different
     * default locales (a track's title inside a course); lacking that locale, the current default
     * text stands in for it.
     */
    public LocalizedText withDefault(String locale) {
        if (locale.equals(defaultLocale)) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>();
        merged.put(locale, values.getOrDefault(locale, defaultText()));
        merged.putAll(values);
        return new LocalizedText(locale, Collections.unmodifiableMap(merged));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText text && text.defaultLocale.equals(defaultLocale)
                && text.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
