package org.vidya.assessment.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.qti.QtiTesting.canonical;
import static org.vidya.assessment.exchange.qti.QtiTesting.json;
import static org.vidya.assessment.exchange.qti.QtiTesting.resource;
import static org.vidya.assessment.exchange.qti.QtiTesting.utf8;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ParseResult;

class QtiItemReadingTests {

    private final Qti21Format qti21 = new Qti21Format();
    private final Qti30Format qti30 = new Qti30Format();

    private static ItemDraft only(ParseResult result) {
        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).hasSize(1);
        return result.items().getFirst().draft();
    }

    private static String item21(String declarations, String body, String processing) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="it" title="It"
                    adaptive="false" timeDependent="false">
                %s
                  <itemBody>
                %s
                  </itemBody>
                %s
                </assessmentItem>
                """.formatted(declarations, body, processing);
    }

    @Test
    void readsTheSpecificationShapedChoiceItem() {
        ParseResult result = qti21.parse(resource("choice-qti21.xml"));
        ItemDraft draft = only(result);

        assertThat(result.items().getFirst().line()).isEqualTo(3);
        assertThat(draft.type()).isEqualTo("single-choice");
        assertThat(draft.externalId()).isEqualTo("noble-gas");
        assertThat(draft.title()).isEqualTo("Noble gases");
        assertThat(draft.locale()).isEqualTo("en");
        assertThat(draft.marks()).isEqualByComparingTo("2");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Look at the *periodic table*.\\n\\n![Periodic table](images/table.png)\\n\\nWhich of these is a noble gas?",
                  "shuffle": true,
                  "choices": [ { "id": "ChoiceA", "text": "Iron", "fraction": 0, "feedback": "Iron is a metal." },
                               { "id": "ChoiceB", "text": "Neon", "fraction": 1, "feedback": "Yes: its outer shell is full." },
                               { "id": "ChoiceC", "text": "Sodium", "fraction": 0 } ] }
                """)));
        assertThat(draft.explanation()).isEqualTo("Noble gases are in group 18.");
    }

    @Test
    void readsTheSpecificationShapedQti30NumericItemWithRoundingAsTolerance() {
        ItemDraft draft = only(qti30.parse(resource("text-entry-qti30.xml")));

        assertThat(draft.type()).isEqualTo("numeric");
        assertThat(draft.externalId()).isEqualTo("gravity");
        assertThat(draft.marks()).isEqualByComparingTo("4");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "What is the acceleration due to gravity at the Earth's surface, in m/s²?",
                  "answers": [ { "value": 9.81, "tolerance": 0.005, "fraction": 1, "feedback": "Right: **9.81** m/s²." } ] }
                """)));
    }

    @Test
    void readsMappedWeightsOfAMultipleResponseItemAsFractions() {
        ItemDraft draft = only(qti30.parse(resource("choice-multiple-qti30.xml")));

        assertThat(draft.type()).isEqualTo("multiple-response");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Select the primes.", "shuffle": false,
                  "choices": [ { "id": "A", "text": "2", "fraction": 0.5 }, { "id": "B", "text": "3", "fraction": 0.5 },
                               { "id": "C", "text": "4", "fraction": -0.5 } ] }
                """)));
        assertThat(draft.marks()).isEqualByComparingTo("2");
    }

    @Test
    void aQti21ItemReadsTheSameThroughEitherFormat() {
        assertThat(qti30.parse(resource("choice-qti21.xml"))).isEqualTo(qti21.parse(resource("choice-qti21.xml")));
    }

    @Test
    void choicesWithoutMappingShareTheCreditAndWrongOnesTakeItAway() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="multiple" baseType="identifier">
                  <correctResponse><value>a</value><value>b</value><value>c</value></correctResponse>
                </responseDeclaration>""", """
                <choiceInteraction responseIdentifier="R" maxChoices="3">
                  <simpleChoice identifier="a">A</simpleChoice><simpleChoice identifier="b">B</simpleChoice>
                  <simpleChoice identifier="c">C</simpleChoice><simpleChoice identifier="d">D</simpleChoice>
                </choiceInteraction>""",
                "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct\"/>"))));

        assertThat(draft.body().path("choices").valueStream().map(c -> c.path("fraction").decimalValue()))
                .containsExactly(new BigDecimal("0.3333333"), new BigDecimal("0.3333333"), new BigDecimal("0.3333334"),
                        new BigDecimal("-0.3333333"));
    }

    @Test
    void twoTrueFalseLikeChoicesStaySingleChoice() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="identifier">
                  <correctResponse><value>T</value></correctResponse>
                </responseDeclaration>""", """
                <choiceInteraction responseIdentifier="R" maxChoices="1">
                  <prompt>The sun is a star.</prompt>
                  <simpleChoice identifier="T">True</simpleChoice><simpleChoice identifier="F">False</simpleChoice>
                </choiceInteraction>""", ""))));

        assertThat(draft.type()).isEqualTo("single-choice");
        assertThat(draft.body().path("choices")).hasSize(2);
    }

    @Test
    void readsShortTextWithMappingEntriesAsAlternatives() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string">
                  <correctResponse><value>Paris</value></correctResponse>
                  <mapping defaultValue="0">
                    <mapEntry mapKey="Paris" mappedValue="2" caseSensitive="false"/>
                    <mapEntry mapKey="Lutetia" mappedValue="1" caseSensitive="false"/>
                  </mapping>
                </responseDeclaration>""", """
                <p>The capital of France is</p>
                <p><textEntryInteraction responseIdentifier="R"/></p>""",
                "<responseProcessing template=\"http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response\"/>"))));

        assertThat(draft.type()).isEqualTo("short-text");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "The capital of France is", "caseSensitive": false,
                  "answers": [ { "text": "Paris", "fraction": 1 }, { "text": "Lutetia", "fraction": 0.5 } ] }
                """)));
        assertThat(draft.marks()).isEqualByComparingTo("2");
    }

    @Test
    void readsNumericToleranceFromAnAbsoluteEqual() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="float">
                  <correctResponse><value>3.14</value></correctResponse>
                </responseDeclaration>""", "<p>Pi? <textEntryInteraction responseIdentifier=\"R\"/></p>", """
                <responseProcessing><responseCondition><responseIf>
                  <equal toleranceMode="absolute" tolerance="0.01 0.01"><variable identifier="R"/><baseValue baseType="float">3.14</baseValue></equal>
                  <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
                </responseIf></responseCondition></responseProcessing>"""))));

        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Pi?", "answers": [ { "value": 3.14, "tolerance": 0.01, "fraction": 1 } ] }
                """)));
    }

    @Test
    void readsRelativeAndSignificantFigureTolerancesAndLargeValues() {
        String processing = """
                <responseProcessing><responseCondition>
                  <responseIf>
                    <equal toleranceMode="relative" tolerance="1"><variable identifier="R"/><baseValue baseType="float">6.022e23</baseValue></equal>
                    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">2</baseValue></setOutcomeValue>
                  </responseIf>
                  <responseElseIf>
                    <equalRounded roundingMode="significantFigures" figures="2"><variable identifier="R"/><baseValue baseType="float">6.0e23</baseValue></equalRounded>
                    <setOutcomeValue identifier="SCORE"><baseValue baseType="float">1</baseValue></setOutcomeValue>
                    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">ROUGH</baseValue></setOutcomeValue>
                  </responseElseIf>
                </responseCondition></responseProcessing>
                <modalFeedback outcomeIdentifier="FEEDBACK" identifier="ROUGH" showHide="show">Close enough.</modalFeedback>""";
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="float"/>""",
                "<p>Avogadro's number? <textEntryInteraction responseIdentifier=\"R\"/></p>", processing))));

        assertThat(draft.marks()).isEqualByComparingTo("2");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Avogadro's number?",
                  "answers": [ { "value": 602200000000000000000000, "tolerance": 6022000000000000000000, "fraction": 1 },
                               { "value": 600000000000000000000000, "tolerance": 5000000000000000000000, "fraction": 0.5,
                                 "feedback": "Close enough." } ] }
                """)));
    }

    @Test
    void readsExtendedTextAsEssayWithScorerRubricAsGuidance() {
        ItemDraft draft = only(qti30.parse(utf8("""
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="e1" title="Essay">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
                  <qti-item-body>
                    <qti-rubric-block view="scorer" use="scoring"><qti-content-body><p>Look for the doctrine.</p></qti-content-body></qti-rubric-block>
                    <qti-extended-text-interaction response-identifier="RESPONSE" expected-lines="10">
                      <qti-prompt>Discuss frustration of contract.</qti-prompt>
                    </qti-extended-text-interaction>
                  </qti-item-body>
                </qti-assessment-item>
                """)));

        assertThat(draft.type()).isEqualTo("essay");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Discuss frustration of contract.", "guidance": "Look for the doctrine." }
                """)));
    }

    @Test
    void readsMatchInteractionPairsAsMatching() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair">
                  <correctResponse><value>N F</value><value>J E</value></correctResponse>
                </responseDeclaration>""", """
                <matchInteraction responseIdentifier="R" shuffle="true" maxAssociations="2">
                  <prompt>Match each unit to its quantity.</prompt>
                  <simpleMatchSet><simpleAssociableChoice identifier="N" matchMax="1">newton</simpleAssociableChoice>
                    <simpleAssociableChoice identifier="J" matchMax="1">joule</simpleAssociableChoice></simpleMatchSet>
                  <simpleMatchSet><simpleAssociableChoice identifier="E" matchMax="2">energy</simpleAssociableChoice>
                    <simpleAssociableChoice identifier="F" matchMax="2">force</simpleAssociableChoice>
                    <simpleAssociableChoice identifier="P" matchMax="2">power</simpleAssociableChoice></simpleMatchSet>
                </matchInteraction>""", ""))));

        assertThat(draft.type()).isEqualTo("matching");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Match each unit to its quantity.", "shuffle": true,
                  "stems": [ { "id": "N", "text": "newton", "match": "F" }, { "id": "J", "text": "joule", "match": "E" } ],
                  "options": [ { "id": "E", "text": "energy" }, { "id": "F", "text": "force" }, { "id": "P", "text": "power" } ] }
                """)));
    }

    @Test
    void readsAssociateInteractionDirectedPairsAsMatching() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair">
                  <correctResponse><value>cat mammal</value><value>eagle bird</value></correctResponse>
                </responseDeclaration>""", """
                <associateInteraction responseIdentifier="R" maxAssociations="2">
                  <simpleAssociableChoice identifier="cat" matchMax="1">Cat</simpleAssociableChoice>
                  <simpleAssociableChoice identifier="eagle" matchMax="1">Eagle</simpleAssociableChoice>
                  <simpleAssociableChoice identifier="mammal" matchMax="1">Mammal</simpleAssociableChoice>
                  <simpleAssociableChoice identifier="bird" matchMax="1">Bird</simpleAssociableChoice>
                </associateInteraction>""", ""))));

        assertThat(draft.body().path("stems").valueStream().map(s -> s.path("match").stringValue()))
                .containsExactly("mammal", "bird");
        assertThat(draft.body().path("options")).hasSize(2);
    }

    @Test
    void readsOrderInteractionInItsCorrectOrder() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="ordered" baseType="identifier">
                  <correctResponse><value>p</value><value>m</value><value>a</value></correctResponse>
                </responseDeclaration>""", """
                <orderInteraction responseIdentifier="R" shuffle="true">
                  <prompt>Order the phases of mitosis.</prompt>
                  <simpleChoice identifier="a">Anaphase</simpleChoice><simpleChoice identifier="m">Metaphase</simpleChoice>
                  <simpleChoice identifier="p">Prophase</simpleChoice>
                </orderInteraction>""", ""))));

        assertThat(draft.type()).isEqualTo("ordering");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "Order the phases of mitosis.", "grading": "all-or-nothing",
                  "items": [ { "id": "p", "text": "Prophase" }, { "id": "m", "text": "Metaphase" }, { "id": "a", "text": "Anaphase" } ] }
                """)));
    }

    @Test
    void readsSeveralInlineInteractionsAsCloze() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="T" cardinality="single" baseType="integer">
                  <correctResponse><value>100</value></correctResponse>
                </responseDeclaration>
                <responseDeclaration identifier="C" cardinality="single" baseType="identifier">
                  <correctResponse><value>h1</value></correctResponse>
                </responseDeclaration>""", """
                <p>Water boils at <textEntryInteraction responseIdentifier="T"/> °C and is
                  <inlineChoiceInteraction responseIdentifier="C"><inlineChoice identifier="h1">H₂O</inlineChoice>
                  <inlineChoice identifier="h2">CO₂</inlineChoice></inlineChoiceInteraction>.</p>""", ""))));

        assertThat(draft.type()).isEqualTo("cloze");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "text": "Water boils at {{T}} °C and is {{C}}.",
                  "gaps": [ { "id": "T", "type": "numeric", "weight": 1,
                              "body": { "answers": [ { "value": 100, "tolerance": 0, "fraction": 1 } ] } },
                            { "id": "C", "type": "single-choice", "weight": 1,
                              "body": { "choices": [ { "id": "h1", "text": "H₂O", "fraction": 1 }, { "id": "h2", "text": "CO₂", "fraction": 0 } ] } } ] }
                """)));
    }

    @Test
    void aSingleTextEntryInsideASentenceIsAClozeWithOneGap() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="string">
                  <correctResponse><value>Paris</value></correctResponse>
                </responseDeclaration>""", "<p><textEntryInteraction responseIdentifier=\"R\"/> is the capital of France.</p>",
                ""))));

        assertThat(draft.type()).isEqualTo("cloze");
        assertThat(draft.body().path("text").stringValue()).isEqualTo("{{R}} is the capital of France.");
    }

    @Test
    void unsupportedInteractionIsAnItemErrorNamingItAndItsLine() {
        ParseResult result = qti30.parse(utf8("""
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="h" title="Hotspot">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"/>
                  <qti-item-body>
                    <qti-hotspot-interaction response-identifier="RESPONSE" max-choices="1">
                      <img src="map.png" alt="A map"/>
                    </qti-hotspot-interaction>
                  </qti-item-body>
                </qti-assessment-item>
                """));

        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isZero();
            assertThat(error.line()).isEqualTo(4);
            assertThat(error.code()).isEqualTo("unsupported-interaction");
            assertThat(error.message()).contains("qti-hotspot-interaction").contains("line 4");
        });
    }

    @Test
    void readsAPassageWithSeveralQuestionsAsACaseOfOneStage() {
        ItemDraft draft = only(qti21.parse(utf8(item21("""
                <responseDeclaration identifier="Q1" cardinality="single" baseType="identifier">
                  <correctResponse><value>b</value></correctResponse>
                  <mapping defaultValue="0"><mapEntry mapKey="b" mappedValue="1"/></mapping>
                </responseDeclaration>
                <responseDeclaration identifier="Q2" cardinality="single" baseType="string"/>
                <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">
                  <defaultValue><value>5</value></defaultValue>
                </outcomeDeclaration>""", """
                <div class="passage"><p>The tide rises twice a day.</p></div>
                <choiceInteraction responseIdentifier="Q1" maxChoices="1">
                  <prompt>How often does the tide rise?</prompt>
                  <simpleChoice identifier="a">Once a day</simpleChoice><simpleChoice identifier="b">Twice a day</simpleChoice>
                </choiceInteraction>
                <extendedTextInteraction responseIdentifier="Q2"><prompt>Explain why.</prompt></extendedTextInteraction>""",
                ""))));

        assertThat(draft.type()).isEqualTo("case");
        assertThat(draft.marks()).isEqualByComparingTo("5");
        assertThat(canonical(draft.body())).isEqualTo(canonical(json("""
                { "prompt": "The tide rises twice a day.",
                  "stages": [ { "id": "st1", "title": "It", "text": "",
                    "parts": [ { "id": "Q1", "type": "single-choice", "weight": 1,
                                 "body": { "prompt": "How often does the tide rise?", "shuffle": false,
                                           "choices": [ { "id": "a", "text": "Once a day", "fraction": 0 },
                                                        { "id": "b", "text": "Twice a day", "fraction": 1 } ] } },
                               { "id": "Q2", "type": "essay", "weight": 1, "body": { "prompt": "Explain why." } } ] } ] }
                """)));
    }

    @Test
    void anItemMixingGapsWithOtherInteractionsIsRefused() {
        ParseResult result = qti21.parse(utf8(item21("""
                <responseDeclaration identifier="A" cardinality="single" baseType="string"/>
                <responseDeclaration identifier="B" cardinality="single" baseType="string"/>""", """
                <p>Fill <textEntryInteraction responseIdentifier="A"/> in.</p><extendedTextInteraction responseIdentifier="B"/>""",
                "")));

        assertThat(result.errors()).extracting(ParseResult.ItemError::code).containsExactly("composite-item");
    }

    @Test
    void anItemWithoutAKeyIsRefused() {
        ParseResult result = qti21.parse(utf8(item21("""
                <responseDeclaration identifier="R" cardinality="single" baseType="identifier"/>""", """
                <choiceInteraction responseIdentifier="R" maxChoices="1">
                  <simpleChoice identifier="a">A</simpleChoice><simpleChoice identifier="b">B</simpleChoice>
                </choiceInteraction>""", "")));

        assertThat(result.errors()).extracting(ParseResult.ItemError::code).containsExactly("no-correct-response");
    }

    @Test
    void aTestAloneSaysItsItemsAreMissing() {
        ParseResult result = qti21.parse(utf8("""
                <assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t" title="T">
                  <testPart identifier="p" navigationMode="linear" submissionMode="individual">
                    <assessmentSection identifier="s" title="S" visible="true">
                      <assessmentItemRef identifier="i1" href="i1.xml"/>
                    </assessmentSection>
                  </testPart>
                </assessmentTest>
                """));

        assertThat(result.items()).isEmpty();
        assertThat(result.test()).isNull();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("test-without-items");
            assertThat(error.message()).contains("content package");
        });
    }

    @Test
    void somethingElseThanQtiIsOneFileError() {
        ParseResult result = qti21.parse(utf8("<html><body>hello</body></html>"));

        assertThat(result.errors()).extracting(ParseResult.ItemError::index, ParseResult.ItemError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, "not-qti"));
    }
}
