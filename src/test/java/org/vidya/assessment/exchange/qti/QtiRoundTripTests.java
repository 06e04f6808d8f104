package org.vidya.assessment.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.qti.QtiTesting.canonical;
import static org.vidya.assessment.exchange.qti.QtiTesting.json;
import static org.vidya.assessment.exchange.qti.QtiTesting.unzip;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.vidya.assessment.ItemId;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemFormat;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.quiz.QuizImports;

/** parse(write(items)) gives back every field QTI carries, for each type QTI can hold, in both versions. */
class QtiRoundTripTests {

    static Stream<ItemFormat> formats() {
        return Stream.of(new Qti21Format(), new Qti30Format());
    }

    static Stream<Arguments> itemsInEachFormat() {
        return formats().flatMap(format -> items().map(item -> Arguments.of(format, item)));
    }

    static Stream<ItemDraft> items() {
        return Stream.of(
                draft("single-choice", "8a3e0f4c-3f0e-4b8e-9a53-1f2d3c4b5a61", """
                        { "prompt": "Which is a *noble* gas?\\n\\n![A flask](https://example.org/flask.png)",
                          "shuffle": true,
                          "choices": [ { "id": "k3", "text": "Neon", "fraction": 1, "feedback": "Yes." },
                                       { "id": "p9", "text": "Iron", "fraction": 0 },
                                       { "id": "z2", "text": "**Water**", "fraction": -0.5, "feedback": "Not an element." } ] }
                        """).withMarks(new BigDecimal("3"), BigDecimal.ZERO),
                draft("multiple-response", "primes", """
                        { "prompt": "Select the primes.", "shuffle": false,
                          "choices": [ { "id": "a1", "text": "2", "fraction": 0.5 }, { "id": "b2", "text": "3", "fraction": 0.5 },
                                       { "id": "c3", "text": "4", "fraction": -0.5, "feedback": "4 = 2 × 2." } ] }
                        """).withMarks(new BigDecimal("2"), BigDecimal.ZERO),
                draft("multiple-response", "thirds", """
                        { "prompt": "Which are vowels?", "shuffle": true,
                          "choices": [ { "id": "a", "text": "a", "fraction": 0.3333333 }, { "id": "e", "text": "e", "fraction": 0.3333333 },
                                       { "id": "i", "text": "i", "fraction": 0.3333334 }, { "id": "k", "text": "k", "fraction": 0 } ] }
                        """),
                draft("true-false", "light", """
                        { "prompt": "Sound travels faster than light.", "answer": false,
                          "feedbackTrue": "Think of thunder and lightning.", "feedbackFalse": "Right." }
                        """),
                draft("numeric", "gravity", """
                        { "prompt": "g at the surface, in m/s²?",
                          "answers": [ { "value": 9.81, "tolerance": 0.05, "fraction": 1 },
                                       { "value": 10, "tolerance": 0, "fraction": 0.5, "feedback": "Rounded." } ] }
                        """).withMarks(new BigDecimal("4"), BigDecimal.ZERO),
                draft("numeric", "plain-number", """
                        { "prompt": "How many legs has a spider?",
                          "answers": [ { "value": 8, "tolerance": 0, "fraction": 1 } ] }
                        """),
                draft("short-text", "paris", """
                        { "prompt": "Capital of France?", "caseSensitive": false,
                          "answers": [ { "text": "Paris", "fraction": 1 }, { "text": "Par*", "fraction": 0.5, "feedback": "Spelling." } ] }
                        """),
                draft("short-text", "symbol", """
                        { "prompt": "Chemical symbol of sodium?", "caseSensitive": true,
                          "answers": [ { "text": "Na", "fraction": 1 } ] }
                        """),
                draft("essay", "frustration", """
                        { "prompt": "Discuss the doctrine of frustration.\\n\\n- its origin\\n- its limits",
                          "guidance": "A good answer cites *Taylor v Caldwell*." }
                        """).withMarks(new BigDecimal("10"), BigDecimal.ZERO),
                draft("matching", "units", """
                        { "prompt": "Match each unit to its quantity.", "shuffle": true,
                          "stems":   [ { "id": "s1", "text": "newton", "match": "o2" }, { "id": "s2", "text": "joule", "match": "o1" } ],
                          "options": [ { "id": "o1", "text": "energy" }, { "id": "o2", "text": "force" }, { "id": "o3", "text": "power" } ] }
                        """),
                draft("ordering", "mitosis", """
                        { "prompt": "Order the steps of mitosis.", "grading": "partial",
                          "items": [ { "id": "x4", "text": "Prophase" }, { "id": "m1", "text": "Metaphase" }, { "id": "q7", "text": "Anaphase" } ] }
                        """),
                draft("ordering", "counting", """
                        { "prompt": "Order from smallest.", "grading": "all-or-nothing",
                          "items": [ { "id": "a", "text": "one" }, { "id": "b", "text": "two" } ] }
                        """),
                draft("cloze", "water", """
                        { "text": "Water boils at {{g1}} °C at sea level, is called {{g2}} and is {{g3}}.",
                          "gaps": [ { "id": "g1", "type": "numeric", "weight": 1,
                                      "body": { "answers": [ { "value": 100, "tolerance": 0.5, "fraction": 1 } ] } },
                                    { "id": "g2", "type": "short-text", "weight": 2,
                                      "body": { "caseSensitive": false, "answers": [ { "text": "water", "fraction": 1 },
                                                                                      { "text": "H2O", "fraction": 0.5, "feedback": "Its formula." } ] } },
                                    { "id": "g3", "type": "single-choice", "weight": 1,
                                      "body": { "choices": [ { "id": "h1", "text": "H₂O", "fraction": 1 },
                                                             { "id": "h2", "text": "CO₂", "fraction": 0, "feedback": "That is carbon dioxide." } ] } } ] }
                        """).withMarks(new BigDecimal("4"), BigDecimal.ZERO));
    }

    private static ItemDraft draft(String type, String externalId, String body) {
        return ItemDraft.of(type, json(body)).withExternalId(externalId).withTitle("Title of " + externalId)
                .withExplanation("Because **chemistry**.");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("itemsInEachFormat")
    void givesBackEveryFieldQtiCarries(ItemFormat format, ItemDraft item) {
        WriteResult written = format.write(List.of(item), null);
        ParseResult read = format.parse(written.content());

        assertThat(written.skipped()).isEmpty();
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).singleElement().satisfies(parsed -> {
            ItemDraft back = parsed.draft();
            assertThat(back.type()).isEqualTo(item.type());
            assertThat(canonical(back.body())).isEqualTo(canonical(item.body()));
            assertThat(back.externalId()).isEqualTo(item.externalId());
            assertThat(back.title()).isEqualTo(item.title());
            assertThat(back.marks()).isEqualByComparingTo(item.marks());
            assertThat(back.explanation()).isEqualTo(item.explanation());
            assertThat(back.locale()).isEqualTo(item.locale());
        });
    }

    @ParameterizedTest
    @MethodSource("formats")
    void givesBackATestsSectionsItemOrderAndTimeLimits(ItemFormat format) {
        List<ItemDraft> items = items().toList();
        List<ItemId> ids = items.stream().map(i -> ItemId.random()).toList();
        List<ItemDraft> named = new java.util.ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            named.add(items.get(i).withExternalId(ids.get(i).toString()));
        }
        QuizImports.Outline outline = new QuizImports.Outline("Chemistry mock", List.of(
                new QuizImports.Section("Warm-up", List.of(ids.get(3), ids.get(0)), null),
                new QuizImports.Section("Main", List.of(ids.get(12), ids.get(4), ids.get(8)), Duration.ofMinutes(25))));

        ParseResult read = format.parse(format.write(named, outline).content());

        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(items.size());
        assertThat(read.items()).extracting(p -> p.draft().externalId())
                .containsExactlyElementsOf(ids.stream().map(ItemId::toString).toList());
        assertThat(read.test()).isNotNull();
        assertThat(read.test().title()).isEqualTo("Chemistry mock");
        assertThat(read.test().sections()).containsExactly(
                new ParseResult.ParsedTest.Section("Warm-up", List.of(3, 0), null),
                new ParseResult.ParsedTest.Section("Main", List.of(12, 4, 8), Duration.ofMinutes(25)));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void skipsCasesWithAReasonAndLeavesThemOutOfTheTest(ItemFormat format) {
        ItemDraft kase = ItemDraft.of("case", json("""
                { "prompt": "A patient ...", "stages": [ { "id": "st1", "title": "History", "text": "...",
                  "parts": [ { "id": "p1", "type": "essay", "weight": 1, "body": { "prompt": "Plan?" } } ] } ] }
                """)).withExternalId("case-1");
        ItemDraft essay = ItemDraft.of("essay", json("{ \"prompt\": \"Why?\" }")).withExternalId("essay-1");
        ItemId caseId = ItemId.random();
        ItemId essayId = ItemId.random();

        WriteResult written = format.write(List.of(kase.withExternalId(caseId.toString()),
                essay.withExternalId(essayId.toString())), new QuizImports.Outline("T",
                List.of(new QuizImports.Section("S", List.of(caseId, essayId), null))));
        ParseResult read = format.parse(written.content());

        assertThat(written.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.externalId()).isEqualTo(caseId.toString());
            assertThat(skipped.reason()).contains("case");
        });
        assertThat(read.items()).singleElement().satisfies(p -> assertThat(p.draft().type()).isEqualTo("essay"));
        assertThat(read.test().sections().getFirst().items()).containsExactly(0);
    }

    @ParameterizedTest
    @MethodSource("formats")
    void skipsItemsWithoutAKeyAndKeepsTheRest(ItemFormat format) {
        ItemDraft keyless = ItemDraft.of("single-choice", json("""
                { "prompt": "?", "choices": [ { "id": "a", "text": "A", "fraction": 0 }, { "id": "b", "text": "B", "fraction": 0 } ] }
                """)).withExternalId("keyless");
        ItemDraft unknown = ItemDraft.of("hotspot", json("{ \"prompt\": \"Where?\" }")).withExternalId("unknown");
        ItemDraft good = ItemDraft.of("essay", json("{ \"prompt\": \"Why?\" }")).withExternalId("good");

        WriteResult written = format.write(List.of(keyless, unknown, good), null);

        assertThat(written.skipped()).extracting(WriteResult.Skipped::externalId).containsExactly("keyless", "unknown");
        assertThat(format.parse(written.content()).items()).extracting(p -> p.draft().externalId())
                .containsExactly("good");
    }

    @ParameterizedTest
    @MethodSource("formats")
    void writesTrueFalseChoicesInTheItemsLanguage(ItemFormat format) {
        ItemDraft hindi = ItemDraft.of("true-false", json("{ \"prompt\": \"पृथ्वी गोल है।\", \"answer\": true }"))
                .withExternalId("earth").withLocale("hi", Map.of());

        WriteResult written = format.write(List.of(hindi), null);
        ParseResult read = format.parse(written.content());

        assertThat(unzip(written.content()).get("items/earth.xml")).contains(">सत्य<").contains(">असत्य<")
                .contains("xml:lang=\"hi\"");
        assertThat(read.items().getFirst().draft().locale()).isEqualTo("hi");
        assertThat(canonical(read.items().getFirst().draft().body())).isEqualTo(canonical(hindi.body()));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void writesAContentPackageInTheVersionsVocabulary(ItemFormat format) {
        ItemId id = ItemId.of("0b6a1f3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b");
        ItemDraft choice = items().findFirst().orElseThrow().withExternalId(id.toString());

        Map<String, String> files = unzip(format.write(List.of(choice),
                new QuizImports.Outline("T", List.of(new QuizImports.Section("S", List.of(id), Duration.ofSeconds(90)))))
                .content());

        assertThat(format.getClass()).hasAnnotation(org.springframework.stereotype.Component.class);
        assertThat(format.id()).isIn("qti21", "qti30");
        assertThat(format.mediaType()).isEqualTo("application/zip");
        assertThat(format.fileExtension()).isEqualTo("zip");
        assertThat(files).containsOnlyKeys("imsmanifest.xml", "items/ID-" + id + ".xml", "test.xml");
        String item = files.get("items/ID-" + id + ".xml");
        if (format.id().equals("qti21")) {
            assertThat(files.get("imsmanifest.xml")).contains("xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\"")
                    .contains("type=\"imsqti_item_xmlv2p1\"").contains("type=\"imsqti_test_xmlv2p1\"");
            assertThat(item).contains("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"")
                    .contains("xsi:schemaLocation=\"http://www.imsglobal.org/xsd/imsqti_v2p1 "
                            + "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd\"")
                    .contains("identifier=\"ID-" + id + "\"").contains("label=\"" + id + "\"")
                    .contains("<choiceInteraction responseIdentifier=\"RESPONSE\"")
                    .contains("<simpleChoice identifier=\"z2\"><strong>Water</strong><feedbackInline");
            assertThat(files.get("test.xml")).contains("<assessmentTest").contains("<timeLimits maxTime=\"90\"/>")
                    .contains("<assessmentItemRef identifier=\"ID-" + id + "\" href=\"items/ID-" + id + ".xml\"/>");
        } else {
            assertThat(files.get("imsmanifest.xml"))
                    .contains("xmlns=\"http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1\"")
                    .contains("type=\"imsqti_item_xmlv3p0\"").contains("type=\"imsqti_test_xmlv3p0\"");
            assertThat(item).contains("<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"")
                    .contains("https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd")
                    .contains("<qti-choice-interaction response-identifier=\"RESPONSE\"")
                    .contains("<qti-modal-feedback outcome-identifier=\"FEEDBACK\"")
                    .contains("<qti-content-body>")
                    .contains("<qti-simple-choice identifier=\"z2\"><strong>Water</strong><qti-feedback-inline")
                    .doesNotContain("responseIdentifier");
            assertThat(files.get("test.xml")).contains("<qti-assessment-test")
                    .contains("<qti-time-limits max-time=\"90\"/>").contains("<qti-assessment-item-ref");
        }
    }
}
