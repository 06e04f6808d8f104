package org.vidya.catalog.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalizedTextTests {

    final LocalizedText title = LocalizedText.of("en", Map.of("en", "Python Basics", "hi", "पायथन की बुनियाद",
            "pt-BR", "Noções de Python"));

    @Test
    void answersInTheAskedLocale() {
        assertThat(title.in(Locale.forLanguageTag("hi"))).isEqualTo("पायथन की बुनियाद");
        assertThat(title.in(Locale.forLanguageTag("pt-BR"))).isEqualTo("Noções de Python");
    }

    @Test
    void fallsBackToTheLanguageThenTheDefaultLocale() {
        assertThat(title.in(Locale.forLanguageTag("hi-IN"))).isEqualTo("पायथन की बुनियाद");
        assertThat(title.in(Locale.forLanguageTag("km"))).isEqualTo("Python Basics");
        assertThat(title.in(null)).isEqualTo("Python Basics");
    }

    @Test
    void keepsTheDefaultLocaleFirstAndDropsBlankTranslations() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("km", "  ");
        values.put("hi", "नमस्ते");
        values.put("en", "Hello");
        LocalizedText text = LocalizedText.of("en", values);
        assertThat(text.values().keySet()).containsExactly("en", "hi");
        assertThat(LocalizedText.stored(text.values())).isEqualTo(text);
    }

    @Test
    void needsATextInTheDefaultLocale() {
        assertThatThrownBy(() -> LocalizedText.of("en", Map.of("hi", "नमस्ते")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesAnotherDefaultLocaleWithoutLosingTranslations() {
        LocalizedText moved = title.withDefault("hi");
        assertThat(moved.defaultLocale()).isEqualTo("hi");
        assertThat(moved.in(Locale.forLanguageTag("km"))).isEqualTo("पायथन की बुनियाद");
        assertThat(moved.in(Locale.ENGLISH)).isEqualTo("Python Basics");
        assertThat(title.withDefault("km").in(Locale.forLanguageTag("km"))).isEqualTo("Python Basics");
    }
}
