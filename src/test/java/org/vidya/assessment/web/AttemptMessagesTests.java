package org.vidya.assessment.web;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attempts bundle in Hindi and Khmer says everything the English one says, with the same
 * placeholders, and the test page's script gets every sentence it reads.
 */
class AttemptMessagesTests {

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = AttemptMessagesTests.class.getResourceAsStream("/messages/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = Pattern.compile("\\{(\\d+)").matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"attempts_hi", "attempts_km"})
    void everySentenceIsTranslatedWithItsPlaceholders(String bundle) throws Exception {
        Properties english = load("attempts");
        Properties other = load(bundle);
        assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(placeholders(other.getProperty(key))).as(bundle + " " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
            assertThat(other.getProperty(key)).as(bundle + " " + key).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"attempts", "attempts_hi", "attempts_km"})
    void theScriptGetsEverySentenceItReads(String bundle) throws Exception {
        Properties properties = load(bundle);
        assertThat(properties.stringPropertyNames()).containsAll(AttemptPageMessages.KEYS);
    }
}
