package org.vidya.mastery.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The diagnostic bundle says everything the session pages and script say, in English, Hindi and Khmer alike. */
class SessionMessagesTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates/mastery/session");
    static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9.\\-]*)[}(]");
    static final Pattern SCRIPT_KEY = Pattern.compile("msg\\('([a-zA-Z.]+)'");

    static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    @Test
    void hindiAndKhmerHaveEveryEnglishKey() throws IOException {
        Set<String> english = keys("diagnostic.properties");

        assertThat(keys("diagnostic_hi.properties")).isEqualTo(english);
        assertThat(keys("diagnostic_km.properties")).isEqualTo(english);
    }

    @Test
    void everyKeyThePagesAndTheScriptUseExists() throws IOException {
        Set<String> english = keys("diagnostic.properties");
        english.addAll(keys("attempts.properties"));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(TEMPLATES)) {
            for (Path template : templates.toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Matcher script = SCRIPT_KEY.matcher(Files.readString(Path.of("src/main/resources/static/js/mastery-session.js")));
        while (script.find()) {
            used.add(script.group(1));
        }

        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }
}
