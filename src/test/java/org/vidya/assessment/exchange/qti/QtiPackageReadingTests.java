package org.vidya.assessment.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.qti.QtiTesting.utf8;
import static org.vidya.assessment.exchange.qti.QtiTesting.zip;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ParsedTest.Section;

class QtiPackageReadingTests {

    private final Qti21Format qti21 = new Qti21Format();
    private final Qti30Format qti30 = new Qti30Format();

    private static byte[] item21(String identifier, String question) {
        return utf8("""
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="%s" title="%s">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
                  <itemBody><extendedTextInteraction responseIdentifier="RESPONSE"><prompt>%s</prompt></extendedTextInteraction></itemBody>
                </assessmentItem>
                """.formatted(identifier, identifier, question));
    }

    private static byte[] item30(String identifier, String question) {
        return utf8("""
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="%s" title="%s">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
                  <qti-item-body><p>%s</p><qti-extended-text-interaction response-identifier="RESPONSE"/></qti-item-body>
                </qti-assessment-item>
                """.formatted(identifier, identifier, question));
    }

    @Test
    void readsItemsInManifestOrderAndNestedSectionsOfTheTest() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("imsmanifest.xml", utf8("""
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">
                  <organizations/>
                  <resources>
                    <resource identifier="t" type="imsqti_test_xmlv2p1" href="tests/test.xml"/>
                    <resource identifier="b" type="imsqti_item_xmlv2p1"><file href="items/b.xml"/></resource>
                    <resource identifier="a" type="imsqti_item_xmlv2p1" href="items/a.xml"/>
                    <resource identifier="c" type="imsqti_item_xmlv2p1" href="items/c.xml"/>
                    <resource identifier="css" type="webcontent" href="style.css"/>
                  </resources>
                </manifest>
                """));
        files.put("items/a.xml", item21("a", "Question A"));
        files.put("items/b.xml", item21("b", "Question B"));
        files.put("items/c.xml", item21("c", "Question C"));
        files.put("tests/test.xml", utf8("""
                <assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="t" title="Mock exam">
                  <testPart identifier="p1" navigationMode="nonlinear" submissionMode="simultaneous">
                    <assessmentSection identifier="outer" title="Paper 1" visible="true">
                      <assessmentSection identifier="s1" title="Reading" visible="true">
                        <timeLimits maxTime="600"/>
                        <assessmentItemRef identifier="r1" href="../items/c.xml"/>
                        <assessmentItemRef identifier="r2" href="../items/a.xml"/>
                      </assessmentSection>
                      <assessmentSection identifier="s2" title="Writing" visible="true">
                        <assessmentItemRef identifier="b" href="elsewhere/b.xml"/>
                        <assessmentItemRef identifier="gone" href="../items/gone.xml"/>
                      </assessmentSection>
                    </assessmentSection>
                  </testPart>
                </assessmentTest>
                """));

        ParseResult result = qti21.parse(zip(files));

        assertThat(result.items()).extracting(i -> i.draft().externalId()).containsExactly("b", "a", "c");
        assertThat(result.items()).extracting(ParseResult.ParsedItem::index).containsExactly(0, 1, 2);
        assertThat(result.test().title()).isEqualTo("Mock exam");
        assertThat(result.test().sections()).containsExactly(
                new Section("Reading", List.of(2, 1), Duration.ofMinutes(10)),
                new Section("Writing", List.of(0), null));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("missing-item");
            assertThat(error.line()).isEqualTo(11);
            assertThat(error.message()).contains("gone.xml");
        });
    }

    @Test
    void readsAQti30PackageInAFolderWithTheTestPartsTimeLimitForItsOnlySection() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("export/imsmanifest.xml", utf8("""
                <manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="m">
                  <resources>
                    <resource identifier="i1" type="imsqti_item_xmlv3p0" href="one.xml"/>
                    <resource identifier="t" type="imsqti_test_xmlv3p0" href="test.xml"/>
                  </resources>
                </manifest>
                """));
        files.put("export/one.xml", item30("one", "Why is the sky blue?"));
        files.put("export/test.xml", utf8("""
                <qti-assessment-test xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="t" title="Quiz">
                  <qti-test-part identifier="p" navigation-mode="linear" submission-mode="individual">
                    <qti-time-limits max-time="1800"/>
                    <qti-assessment-section identifier="s" title="All" visible="true">
                      <qti-assessment-item-ref identifier="one" href="one.xml"/>
                    </qti-assessment-section>
                  </qti-test-part>
                </qti-assessment-test>
                """));

        ParseResult result = qti30.parse(zip(files));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).singleElement()
                .satisfies(i -> assertThat(i.draft().body().path("prompt").stringValue()).isEqualTo("Why is the sky blue?"));
        assertThat(result.test().sections()).containsExactly(new Section("All", List.of(0), Duration.ofMinutes(30)));
    }

    @Test
    void readsAZipOfQtiFilesWithoutAManifestByName() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("q2.xml", item21("q2", "Second"));
        files.put("notes.txt", utf8("not QTI"));
        files.put("q1.xml", item30("q1", "First"));

        ParseResult result = qti21.parse(zip(files));

        assertThat(result.errors()).isEmpty();
        assertThat(result.items()).extracting(i -> i.draft().externalId()).containsExactly("q1", "q2");
        assertThat(result.test()).isNull();
    }

    @Test
    void aPackageWithoutItemsIsOneFileError() {
        ParseResult result = qti21.parse(zip(Map.of("readme.txt", utf8("nothing here"))));

        assertThat(result.errors()).extracting(ParseResult.ItemError::index, ParseResult.ItemError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(-1, "no-items"));
    }

    @Test
    void matchCorrectScoresTheCorrectResponseEvenWhenAMappingIsDeclared() {
        ParseResult result = qti21.parse(utf8("""
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i" title="I">
                  <responseDeclaration identifier="R" cardinality="single" baseType="string">
                    <correctResponse><value>Paris</value></correctResponse>
                    <mapping defaultValue="0"><mapEntry mapKey="paris" mappedValue="1" caseSensitive="true"/></mapping>
                  </responseDeclaration>
                  <itemBody><p>Capital of France?</p><p><textEntryInteraction responseIdentifier="R"/></p></itemBody>
                  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
                </assessmentItem>
                """));

        assertThat(result.items().getFirst().draft().body().path("answers")).singleElement()
                .satisfies(a -> assertThat(a.path("text").stringValue()).isEqualTo("Paris"));
        assertThat(result.items().getFirst().draft().body().path("caseSensitive").booleanValue()).isTrue();
    }
}
