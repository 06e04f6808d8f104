package org.vidya.assessment.exchange.gift;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.exchange.WriteResult;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.ExchangeSamples.*;

class GiftFormatTests {

    final GiftFormat gift = new GiftFormat();

    ParseResult parse(String text) {
        return gift.parse(utf8(text));
    }

    JsonNode onlyBody(String text) {
        ParseResult result = parse(text);
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).hasSize(1);
        return result.items().getFirst().draft().body();
    }

    @Test
    void readsMultipleChoiceWithWeightsFeedbackTitleAndGeneralFeedback() {
        ParseResult result = parse("""
                // a comment line
                ::Gas:: [markdown] Which is a **noble** gas? {
                  =Neon#Yes.
                  ~%50%Nitrogen#Half
                  ~%-25%Water
                  ~Iron
                  ####Neon is in group 18.
                }
                """);
        assertThat(result.errors()).isEmpty();
        ParsedItem item = result.items().getFirst();
        assertThat(item.line()).isEqualTo(2);
        assertThat(item.index()).isZero();
        ItemDraft draft = item.draft();
        assertThat(draft.type()).isEqualTo("single-choice");
        assertThat(draft.title()).isEqualTo("Gas");
        assertThat(draft.externalId()).isEqualTo("Gas");
        assertThat(draft.explanation()).isEqualTo("Neon is in group 18.");
        JsonNode body = draft.body();
        assertThat(body.get("prompt").asString()).isEqualTo("Which is a **noble** gas?");
        assertThat(body.get("choices")).hasSize(4);
        assertThat(body.at("/choices/0/text").asString()).isEqualTo("Neon");
        assertThat(body.at("/choices/0/fraction").decimalValue()).isEqualByComparingTo("1");
        assertThat(body.at("/choices/0/feedback").asString()).isEqualTo("Yes.");
        assertThat(body.at("/choices/1/fraction").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(body.at("/choices/2/fraction").decimalValue()).isEqualByComparingTo("-0.25");
        assertThat(body.at("/choices/3/fraction").decimalValue()).isEqualByComparingTo("0");
        assertThat(body.at("/choices/2/feedback").isMissingNode()).isTrue();
    }

    @Test
    void optionIdsAreGeneratedAndUnique() {
        JsonNode body = onlyBody("Pick {=a ~b ~c ~d}");
        Set<String> ids = new java.util.HashSet<>();
        body.get("choices").forEach(choice -> ids.add(choice.get("id").asString()));
        assertThat(ids).hasSize(4).allSatisfy(id -> assertThat(id).hasSize(5).doesNotContain("1"));
    }

    @Test
    void choicesWithoutEqualsAreMultipleResponse() {
        ParseResult result = parse("Select primes {~%50%2 ~%50%3 ~%-100%4}");
        assertThat(result.items().getFirst().draft().type()).isEqualTo("multiple-response");
        JsonNode body = result.items().getFirst().draft().body();
        assertThat(body.at("/choices/2/fraction").decimalValue()).isEqualByComparingTo("-1");
    }

    @Test
    void readsTrueFalseInEverySpelling() {
        assertThat(onlyBody("Sky is blue {T}").get("answer").asBoolean()).isTrue();
        assertThat(onlyBody("Sky is blue {TRUE}").get("answer").asBoolean()).isTrue();
        assertThat(onlyBody("Grass is red {F}").get("answer").asBoolean()).isFalse();
        JsonNode body = onlyBody("Grass is red {FALSE#No, it is green.#Right, it is green.}");
        assertThat(body.get("answer").asBoolean()).isFalse();
        // the first feedback is for the wrong answer (true), the second for the right one (false)
        assertThat(body.get("feedbackTrue").asString()).isEqualTo("No, it is green.");
        assertThat(body.get("feedbackFalse").asString()).isEqualTo("Right, it is green.");
    }

    @Test
    void allEqualsAnswersAreShortText() {
        ParseResult result = parse("Who's buried in Grant's tomb?{=Grant =%50%Ulysses S. Grant#Full name =Ulysses Grant}");
        ItemDraft draft = result.items().getFirst().draft();
        assertThat(draft.type()).isEqualTo("short-text");
        assertThat(draft.body().get("answers")).hasSize(3);
        assertThat(draft.body().at("/answers/1/fraction").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(draft.body().at("/answers/1/feedback").asString()).isEqualTo("Full name");
        assertThat(draft.body().get("caseSensitive").asBoolean()).isFalse();
    }

    @Test
    void readsNumericValueToleranceRangeAndWeightedAnswers() {
        JsonNode pi = onlyBody("What is pi to two places? {#3.14:0.01}");
        assertThat(pi.at("/answers/0/value").decimalValue()).isEqualByComparingTo("3.14");
        assertThat(pi.at("/answers/0/tolerance").decimalValue()).isEqualByComparingTo("0.01");
        JsonNode range = onlyBody("A number from 1 to 5 {#1..5}");
        assertThat(range.at("/answers/0/value").decimalValue()).isEqualByComparingTo("3");
        assertThat(range.at("/answers/0/tolerance").decimalValue()).isEqualByComparingTo("2");
        JsonNode weighted = onlyBody("When was Ulysses S. Grant born? {#\n =1822:0 #Right\n =%50%1822:2 #Close\n}");
        assertThat(weighted.get("answers")).hasSize(2);
        assertThat(weighted.at("/answers/1/fraction").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(weighted.at("/answers/1/tolerance").decimalValue()).isEqualByComparingTo("2");
        assertThat(weighted.at("/answers/0/feedback").asString()).isEqualTo("Right");
    }

    @Test
    void badNumberNamesTheAnswer() {
        ParseResult result = parse("Pi? {#three:0.1}");
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("bad-number");
            assertThat(error.field()).isEqualTo("answers[0].value");
        });
    }

    @Test
    void readsMatchingPairs() {
        ItemDraft draft = parse("""
                Match the countries {
                  =Canada -> Ottawa
                  =Italy -> Rome
                  =Japan -> Tokyo
                }""").items().getFirst().draft();
        assertThat(draft.type()).isEqualTo("matching");
        JsonNode body = draft.body();
        assertThat(body.get("stems")).hasSize(3);
        assertThat(body.get("options")).hasSize(3);
        String match = body.at("/stems/1/match").asString();
        body.get("options").forEach(option -> {
            if (option.get("id").asString().equals(match)) {
                assertThat(option.get("text").asString()).isEqualTo("Rome");
            }
        });
    }

    @Test
    void emptyBracesAreAnEssay() {
        ParseResult result = parse("Write about love. {}");
        assertThat(result.items().getFirst().draft().type()).isEqualTo("essay");
        assertThat(result.items().getFirst().draft().body().get("prompt").asString()).isEqualTo("Write about love.");
    }

    @Test
    void missingWordShowsTheBlankInThePrompt() {
        ItemDraft draft = parse("Moodle costs {~lots of money =nothing ~a small amount} to download.").items()
                .getFirst().draft();
        assertThat(draft.type()).isEqualTo("single-choice");
        assertThat(draft.body().get("prompt").asString()).isEqualTo("Moodle costs _____ to download.");
    }

    @Test
    void descriptionsAreSkippedWithAReason() {
        ParseResult result = parse("Just some words.\n\nSky is blue {T}\n");
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.index()).isEqualTo(1);
            assertThat(item.line()).isEqualTo(3);
        });
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("description-skipped");
            assertThat(error.index()).isZero();
            assertThat(error.line()).isEqualTo(1);
        });
    }

    @Test
    void categoriesApplyToTheQuestionsAfterThem() {
        ParseResult result = parse("""
                $CATEGORY: $course$/top/Physics/Kinematics

                Fast? {T}

                $CATEGORY: Chemistry
                Wet? {T}
                """);
        assertThat(result.items()).extracting(item -> item.draft().categoryPath())
                .containsExactly("Physics/Kinematics", "Chemistry");
        assertThat(result.items()).extracting(ParsedItem::index).containsExactly(0, 1);
    }

    @Test
    void escapedCharactersAreText() {
        JsonNode body = onlyBody("::A\\:B:: 1 \\= 1 \\{ok\\} \\#1 \\~ x \\\\ y\\nnext {=yes \\= no ~maybe\\#not}");
        assertThat(body.get("prompt").asString()).isEqualTo("1 = 1 {ok} #1 ~ x \\ y\nnext");
        assertThat(body.at("/choices/0/text").asString()).isEqualTo("yes = no");
        assertThat(body.at("/choices/1/text").asString()).isEqualTo("maybe#not");
        assertThat(parse("::A\\:B:: q {T}").items().getFirst().draft().title()).isEqualTo("A:B");
    }

    @Test
    void anUnclosedBraceNamesTheItemAndLineAndSparesTheOthers() {
        ParseResult result = parse("""
                First {T}

                ::Broken:: Second question {
                  =yes
                  ~no

                Third {F}
                """);
        assertThat(result.items()).extracting(ParsedItem::index).containsExactly(0, 2);
        ItemError error = result.errors().getFirst();
        assertThat(error.index()).isEqualTo(1);
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.code()).isEqualTo("unclosed-brace");
        assertThat(error.message()).contains("Item 2").contains("line 3");
    }

    @Test
    void strayAndNestedBracesAreErrors() {
        assertThat(parse("Oops } {T}").errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("unexpected-brace");
        assertThat(parse("Oops {=a {~b}").errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("nested-brace");
        assertThat(parse("Two {T} blocks {F}").errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("extra-answers");
        assertThat(parse("::No end title {T}").errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("unclosed-title");
    }

    @Test
    void invalidUtf8IsABadEncodingWithItsLine() {
        byte[] latin1 = "First {T}\n\nCaf\u00e9 {F}\n".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult result = gift.parse(latin1);
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("bad-encoding");
            assertThat(error.line()).isEqualTo(3);
        });
    }

    @Test
    void readsUtf8WithBomAndUtf16WithBom() {
        String text = "Café? {T}\n";
        byte[] bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = utf8(text);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertThat(gift.parse(withBom).items().getFirst().draft().body().get("prompt").asString()).isEqualTo("Café?");
        assertThat(gift.parse(text.getBytes(StandardCharsets.UTF_16)).items().getFirst().draft().body()
                .get("prompt").asString()).isEqualTo("Café?");
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withLe = new byte[le.length + 2];
        withLe[0] = (byte) 0xFF;
        withLe[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withLe, 2, le.length);
        assertThat(gift.parse(withLe).items()).hasSize(1);
    }

    @Test
    void binaryJunkIsRefusedAsAFile() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        ParseResult result = gift.parse(junk);
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isIn("bad-encoding", "not-text");
        });
        assertThat(gift.parse(new byte[] {'a', 0, 'b', '{', '}'}).errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("not-text");
    }

    @Test
    void writesWhatItReadsForEveryTypeItCarries() {
        List<ItemDraft> items = List.of(SINGLE, MULTIPLE, TRUE_FALSE, FALSE_PLAIN, SHORT, NUMERIC, ESSAY, MATCHING,
                SHORT.withCategoryPath(null), SINGLE);
        WriteResult written = gift.write(items, null);
        assertThat(written.skipped()).isEmpty();
        ParseResult read = gift.parse(written.content());
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(items.size());
        Set<String> fields = Set.of("type", "body", "title", "externalId", "category", "explanation");
        for (int i = 0; i < items.size(); i++) {
            assertThat(canonical(read.items().get(i).draft(), fields, Set.of("shuffle")))
                    .isEqualTo(canonical(items.get(i), fields, Set.of("shuffle")));
        }
    }

    @Test
    void leavesOutWhatGiftCannotCarryWithAReason() {
        ItemDraft caseSensitive = item("short-text", "{'prompt': 'Symbol for sodium?', 'caseSensitive': true,"
                + " 'answers': [ {'text': 'Na', 'fraction': 1} ]}").withExternalId("cs");
        ItemDraft units = item("numeric", "{'prompt': 'Length?', 'answers': [ {'value': 1, 'tolerance': 0, 'fraction': 1} ],"
                + " 'units': [ {'unit': 'm', 'multiplier': 1} ], 'unitRequired': true}").withExternalId("units");
        WriteResult written = gift.write(List.of(ORDERING.withExternalId("o"), CLOZE.withExternalId("c"),
                CASE.withExternalId("k"), caseSensitive, units, SHORT), null);
        assertThat(written.skipped()).extracting(WriteResult.Skipped::externalId)
                .containsExactly("o", "c", "k", "cs", "units");
        assertThat(written.skipped()).allSatisfy(skipped -> assertThat(skipped.reason()).isNotBlank());
        assertThat(gift.parse(written.content()).items()).hasSize(1);
    }

    @Test
    void readsTheMoodleDocumentationSample() {
        ParseResult result = parse("""
                // true/false
                ::Q1:: 1+1=2 {T}

                // multiple choice with specified feedback for right and wrong answers
                ::Q2:: What's between orange and green in the spectrum?
                { =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }

                // fill-in-the-blank
                ::Q3:: Two plus {=two =2} equals four.

                // matching
                ::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }

                // math range question
                ::Q5:: What is a number from 1 to 5? {#3:2}

                // math range specified with interval end points
                ::Q6:: What is a number from 1 to 5? {#1..5}

                // multiple numeric answers with partial credit and feedback
                ::Q7:: When was Ulysses S. Grant born? {#
                         =1822:0      # Correct! Full credit.
                         =%50%1822:2  # He was born in 1822. Half credit for being close.
                }

                // essay
                ::Q8:: How are you? {}
                """);
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(item -> item.draft().type()).containsExactly("true-false",
                "single-choice", "short-text", "matching", "numeric", "numeric", "numeric", "essay");
        assertThat(result.items()).extracting(ParsedItem::line).containsExactly(2, 5, 9, 12, 15, 18, 21, 27);
        assertThat(result.items().get(2).draft().body().get("prompt").asString()).isEqualTo("Two plus _____ equals four.");
        assertThat(result.items().get(0).draft().body().get("prompt").asString()).isEqualTo("1+1=2");
    }
}
