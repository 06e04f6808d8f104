package org.vidya.assessment.exchange.csv;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.exchange.WriteResult;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.ExchangeSamples.*;

class CsvFormatTests {

    final CsvFormat csv = new CsvFormat();

    static final String HEADER = String.join(",", CsvFormat.COLUMNS) + "\n";

    @Test
    void readsEveryCoveredTypeWithItsColumns() {
        ParseResult result = csv.parse(utf8(HEADER
                + "single-choice,Chemistry/Gases,Gas,Which is a noble gas?,Neon|Iron|Gold,A,,Yes||,2,0.5,hard,chem.gases,chem.a|chem.b,Group 18.,JEE Main,2023\n"
                + "multiple-response,,,Select primes,2|3|4,1|2,,,,,,,,,,\n"
                + "true-false,,,Sky is blue,,true,,Right|Wrong,,,,,,,,\n"
                + "numeric,,,g?,,9.81:0.05|9.7..9.9,1|0.5,,,,,,,,,\n"
                + "short-text,,,Capital?,,Paris|Par*,1|0.5,|Spelling,,,,,,,,\n"
                + "essay,,,\"Discuss,\n at length.\",,,,,,,easy,,,,,\n"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(item -> item.draft().type()).containsExactly("single-choice",
                "multiple-response", "true-false", "numeric", "short-text", "essay");
        assertThat(result.items()).extracting(ParsedItem::line).containsExactly(2, 3, 4, 5, 6, 7);
        ItemDraft single = result.items().getFirst().draft();
        assertThat(single.categoryPath()).isEqualTo("Chemistry/Gases");
        assertThat(single.title()).isEqualTo("Gas");
        assertThat(single.marks()).isEqualByComparingTo("2");
        assertThat(single.negativeMarks()).isEqualByComparingTo("0.5");
        assertThat(single.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(single.primaryConcept()).isEqualTo("chem.gases");
        assertThat(single.secondaryConcepts()).containsExactly("chem.a", "chem.b");
        assertThat(single.explanation()).isEqualTo("Group 18.");
        assertThat(single.source()).isEqualTo("JEE Main");
        assertThat(single.year()).isEqualTo(2023);
        assertThat(single.body().at("/choices/0/fraction").decimalValue()).isEqualByComparingTo("1");
        assertThat(single.body().at("/choices/0/feedback").asString()).isEqualTo("Yes");
        assertThat(single.body().at("/choices/1/fraction").decimalValue()).isEqualByComparingTo("0");
        JsonNode multiple = result.items().get(1).draft().body();
        assertThat(multiple.at("/choices/0/fraction").decimalValue().add(multiple.at("/choices/1/fraction")
                .decimalValue())).isEqualByComparingTo("1");
        JsonNode trueFalse = result.items().get(2).draft().body();
        assertThat(trueFalse.get("answer").asBoolean()).isTrue();
        assertThat(trueFalse.get("feedbackFalse").asString()).isEqualTo("Wrong");
        JsonNode numeric = result.items().get(3).draft().body();
        assertThat(numeric.at("/answers/1/value").decimalValue()).isEqualByComparingTo("9.8");
        assertThat(numeric.at("/answers/1/tolerance").decimalValue()).isEqualByComparingTo("0.1");
        assertThat(numeric.at("/answers/1/fraction").decimalValue()).isEqualByComparingTo("0.5");
        JsonNode shortText = result.items().get(4).draft().body();
        assertThat(shortText.at("/answers/1/feedback").asString()).isEqualTo("Spelling");
        assertThat(shortText.at("/answers/0/feedback").isMissingNode()).isTrue();
        assertThat(result.items().get(5).draft().body().get("prompt").asString()).isEqualTo("Discuss,\n at length.");
        assertThat(result.items().get(5).draft().difficulty()).isEqualTo(Difficulty.EASY);
    }

    @Test
    void sharesOfThreeRightChoicesAddUpToOne() {
        JsonNode body = csv.parse(utf8("type,prompt,choices,correct\nmultiple-response,Q,a|b|c|d,A|B|C\n")).items()
                .getFirst().draft().body();
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode choice : body.get("choices")) {
            sum = sum.add(choice.get("fraction").decimalValue());
        }
        assertThat(sum).isEqualByComparingTo("1");
    }

    @Test
    void columnsMayComeInAnyOrderAndOnlyTypeAndPromptAreRequired() {
        ParseResult result = csv.parse(utf8("Prompt,Type,Correct\nSky is blue,true-false,false\n"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.items().getFirst().draft().body().get("answer").asBoolean()).isFalse();
    }

    @Test
    void rowErrorsNameTheirColumnAndLine() {
        ParseResult result = csv.parse(utf8("type,prompt,choices,correct,fractions,marks,year,difficulty\n"
                + "single-choice,Q,a|b,C,,,,\n"
                + "ordering,Q,,,,,,\n"
                + "numeric,Q,,ten,,,,\n"
                + "single-choice,Q,a|b,,1|0|0,,,\n"
                + "essay,Q,,,,lots,,\n"
                + "essay,Q,,,,,last year,\n"
                + "essay,Q,,,,,,extreme\n"
                + "true-false,Q,,maybe,,,,\n"
                + "essay,Fine,,,,,,\n"));
        assertThat(result.items()).singleElement().extracting(ParsedItem::index).isEqualTo(8);
        assertThat(result.errors()).extracting(ItemError::field).containsExactly("correct", "type", "correct",
                "fractions", "marks", "year", "difficulty", "correct");
        assertThat(result.errors()).extracting(ItemError::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(result.errors().getFirst().message()).contains("line 2").contains("correct");
    }

    @Test
    void aFileWithoutTheRequiredHeaderOrWithUnknownColumnsIsRefused() {
        assertThat(csv.parse(utf8("question,answer\nQ,A\n")).errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("bad-header");
        assertThat(csv.parse(utf8("type,prompt,colour\nessay,Q,red\n")).errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("unknown-column");
    }

    @Test
    void anUnclosedQuoteIsAFileError() {
        ParseResult result = csv.parse(utf8("type,prompt\nessay,Fine\nessay,\"never closed\nessay,x\n"));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("bad-csv");
        });
    }

    @Test
    void invalidUtf8IsABadEncodingAndBomsAreAccepted() {
        assertThat(csv.parse("type,prompt\nessay,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)).errors())
                .singleElement().satisfies(error -> {
                    assertThat(error.code()).isEqualTo("bad-encoding");
                    assertThat(error.line()).isEqualTo(2);
                });
        byte[] utf16 = "type,prompt\nessay,Café\n".getBytes(StandardCharsets.UTF_16);
        assertThat(csv.parse(utf16).items().getFirst().draft().body().get("prompt").asString()).isEqualTo("Café");
    }

    @Test
    void listCellsEscapeBarsAndBackslashes() {
        List<String> values = List.of("a|b", "c\\d", " e ");
        assertThat(CsvFormat.list(CsvFormat.join(values))).containsExactly("a|b", "c\\d", "e");
    }

    @Test
    void roundTripsEveryColumnOfEveryCoveredType() {
        ItemDraft bars = item("single-choice", "{'prompt': 'Pipes?', 'shuffle': true, 'choices': ["
                + "{'id': 'a', 'text': 'x|y', 'fraction': 1}, {'id': 'b', 'text': 'back\\\\slash', 'fraction': 0}]}");
        List<ItemDraft> items = List.of(withEverything(SINGLE), MULTIPLE, TRUE_FALSE, FALSE_PLAIN, withEverything(SHORT),
                NUMERIC, ESSAY, bars);
        WriteResult written = csv.write(items, null);
        assertThat(written.skipped()).isEmpty();
        ParseResult read = csv.parse(written.content());
        assertThat(read.errors()).isEmpty();
        Set<String> fields = Set.of("type", "body", "title", "category", "explanation", "marks", "negativeMarks",
                "difficulty", "concepts", "source");
        for (int i = 0; i < items.size(); i++) {
            assertThat(canonical(read.items().get(i).draft(), fields, Set.of("shuffle")))
                    .isEqualTo(canonical(items.get(i), fields, Set.of("shuffle")));
        }
    }

    @Test
    void skipsTypesTheLayoutDoesNotCover() {
        WriteResult written = csv.write(List.of(MATCHING.withExternalId("m"), ORDERING.withExternalId("o"),
                CLOZE.withExternalId("c"), CASE.withExternalId("k"), ESSAY), null);
        assertThat(written.skipped()).extracting(WriteResult.Skipped::externalId).containsExactly("m", "o", "c", "k");
        assertThat(csv.parse(written.content()).items()).hasSize(1);
    }
}
