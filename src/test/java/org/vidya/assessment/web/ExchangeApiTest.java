package org.vidya.assessment.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ActiveProfiles;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemFormat;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.exchange.gift.GiftFormat;
import org.vidya.assessment.quiz.QuizImports;
import org.vidya.support.ApiTestConfiguration;

/**
 * An API test of import and export against banks and tests kept in memory ({@link FakeItemBank}),
 * plus a format {@code qti-fixture} whose files hold a test, as QTI packages do. One context
 * for every class with this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ApiTestConfiguration.class, ExchangeApiTest.Configuration.class})
public @interface ExchangeApiTest {

    @TestConfiguration(proxyBeanMethods = false)
    class Configuration {

        @Bean
        @Primary
        FakeItemBank fakeItemBank() {
            return new FakeItemBank();
        }

        /** GIFT items, all of them in one timed section of a test called "Fixture test". */
        @Bean
        ItemFormat fixtureTestFormat() {
            GiftFormat gift = new GiftFormat();
            return new ItemFormat() {
                @Override
                public String id() {
                    return "qti-fixture";
                }

                @Override
                public String mediaType() {
                    return "text/plain";
                }

                @Override
                public String fileExtension() {
                    return "txt";
                }

                @Override
                public ParseResult parse(byte[] content) {
                    ParseResult items = gift.parse(content);
                    List<Integer> all = java.util.stream.IntStream.range(0, items.items().size()).boxed().toList();
                    return new ParseResult(items.items(), items.errors(), new ParseResult.ParsedTest("Fixture test",
                            List.of(new ParseResult.ParsedTest.Section("Part A", all, Duration.ofMinutes(20)))));
                }

                @Override
                public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
                    return gift.write(items, test);
                }
            };
        }
    }
}
