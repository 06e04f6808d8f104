package org.vidya.assessment.exchange.aiken;

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

class AikenFormatTests {

    final AikenFormat aiken = new AikenFormat();

    @Test
    void readsQuestionsWithDotAndParenthesisOptions() {
        ParseResult result = aiken.parse(utf8("""
                What is the correct answer to this question?
                A. Is it this one?
                B. Maybe this answer?
                C. Possibly this one?
                D. Must be this one!
                ANSWER: D

                Which LMS has the most quiz import formats?
                A) Moodle
                B) ATutor
                C) Claroline
                ANSWER: A
                """));
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(ParsedItem::line).containsExactly(1, 8);
        assertThat(result.items()).extracting(ParsedItem::index).containsExactly(0, 1);
        JsonNode body = result.items().getFirst().draft().body();
        assertThat(result.items().getFirst().draft().type()).isEqualTo("single-choice");
        assertThat(body.get("prompt").asString()).isEqualTo("What is the correct answer to this question?");
        assertThat(body.get("choices")).hasSize(4);
        assertThat(body.at("/choices/3/fraction").asInt()).isEqualTo(1);
        assertThat(body.at("/choices/0/fraction").asInt()).isZero();
        assertThat(body.at("/choices/3/text").asString()).isEqualTo("Must be this one!");
    }

    @Test
    void questionsMaySpanLinesAndFollowEachOtherWithoutBlankLines() {
        ParseResult result = aiken.parse(utf8("Line one\nline two\nA. x\nB. y\nANSWER: B\nNext\nA. p\nB. q\nANSWER: A\n"));
        assertThat(result.items()).hasSize(2);
        assertThat(result.items().getFirst().draft().body().get("prompt").asString()).isEqualTo("Line one\nline two");
        assertThat(result.items().get(1).line()).isEqualTo(6);
    }

    @Test
    void reportsMissingAndUnknownAnswersWithLines() {
        ParseResult result = aiken.parse(utf8("Q1\nA. x\nB. y\n\nQ2\nA. x\nB. y\nANSWER: E\n\nQ3\nA. only\nANSWER: A\n"));
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).extracting(ItemError::code)
                .containsExactly("missing-answer", "unknown-answer", "too-few-options");
        assertThat(result.errors()).extracting(ItemError::line).containsExactly(1, 8, 10);
        assertThat(result.errors()).extracting(ItemError::index).containsExactly(0, 1, 2);
    }

    @Test
    void invalidUtf8IsABadEncoding() {
        ParseResult result = aiken.parse("Q\nA. caf\u00e9\nB. x\nANSWER: A\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("bad-encoding");
            assertThat(error.line()).isEqualTo(2);
        });
    }

    @Test
    void roundTripsSingleChoiceWithoutPartialCredit() {
        ItemDraft item = item("single-choice", """
                {'prompt': 'Which is a noble gas?', 'shuffle': true,
                 'choices': [ {'id': 'k3', 'text': 'Iron', 'fraction': 0}, {'id': 'p9', 'text': 'Neon', 'fraction': 1},
                              {'id': 'q1', 'text': 'Gold', 'fraction': 0} ] }""");
        WriteResult written = aiken.write(List.of(item, item), null);
        assertThat(written.skipped()).isEmpty();
        ParseResult read = aiken.parse(written.content());
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(2);
        Set<String> fields = Set.of("type", "body");
        assertThat(canonical(read.items().getFirst().draft(), fields, Set.of()))
                .isEqualTo(canonical(item, fields, Set.of()));
    }

    @Test
    void skipsWhatAikenCannotHold() {
        WriteResult written = aiken.write(List.of(SINGLE.withExternalId("partial"), MULTIPLE.withExternalId("multi"),
                TRUE_FALSE.withExternalId("tf")), null);
        assertThat(written.skipped()).extracting(WriteResult.Skipped::externalId).containsExactly("partial", "multi", "tf");
        assertThat(written.content()).isEmpty();
    }
}
