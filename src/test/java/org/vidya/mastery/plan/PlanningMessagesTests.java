package org.vidya.mastery.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vidya.mastery.Phase;
import org.vidya.mastery.Recommendation;

import static org.assertj.core.api.Assertions.assertThat;

/** Every reason, phase and basis the planning rules give has a sentence in English, Hindi and Khmer. */
class PlanningMessagesTests {

    static final Set<String> PREFIXES = Set.of("mastery.recommendation.", "mastery.phase.", "mastery.prediction.");

    @ParameterizedTest
    @ValueSource(strings = {"", "_hi", "_km"})
    void everyKeyTheRulesGiveHasASentenceThatFormats(String language) throws IOException {
        Properties messages = load(language);
        Set<String> keys = new TreeSet<>(Set.of("mastery.recommendation.due", "mastery.recommendation.weak",
                "mastery.recommendation.frontier", "mastery.recommendation.start", ScorePredictor.BASIS_DIAGNOSTIC,
                ScorePredictor.BASIS_ANSWERS, ScorePredictor.BASIS_LITTLE, "mastery.prediction.interval",
                "mastery.prediction.rank"));
        for (Recommendation.Kind kind : Recommendation.Kind.values()) {
            keys.add("mastery.recommendation.kind." + kind.name());
        }
        for (Phase phase : Phase.values()) {
            keys.add("mastery.phase." + phase.name());
        }
        PhaseRule rule = new PhaseRule(0.8);
        LocalDate today = LocalDate.of(2026, 11, 22);
        for (double mastery = 0; mastery <= 1; mastery += 0.05) {
            keys.add(rule.phase(today, null, mastery).reason());
            for (int days = -10; days <= 400; days += 5) {
                keys.add(rule.phase(today, today.plusDays(days), mastery).reason());
            }
        }
        for (String key : keys) {
            String text = messages.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(new MessageFormat(text, Locale.ROOT).format(new Object[] {12, 34, 56, 78}))
                    .as(key).doesNotContain("{");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_hi", "_km"})
    void translationsHaveExactlyTheEnglishKeys(String language) throws IOException {
        assertThat(planningKeys(load(language))).isEqualTo(planningKeys(load("")));
    }

    private static Set<String> planningKeys(Properties messages) {
        Set<String> keys = new TreeSet<>();
        messages.stringPropertyNames().stream().filter(k -> PREFIXES.stream().anyMatch(k::startsWith)).forEach(keys::add);
        return keys;
    }

    private Properties load(String language) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/mastery" + language + ".properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }
}
