package org.vidya.assessment.exchange.moodle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.exchange.WriteResult;

import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.ExchangeSamples.*;

class MoodleXmlFormatTests {

    final MoodleXmlFormat moodle = new MoodleXmlFormat();

    ParseResult sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("sample.xml")) {
            return moodle.parse(in.readAllBytes());
        }
    }

    JsonNode body(ParseResult result, int index) {
        return result.items().stream().filter(item -> item.index() == index).findFirst().orElseThrow().draft().body();
    }

    @Test
    void readsEveryQuestionTypeOfAMoodleExport() throws IOException {
        ParseResult result = sample();
        assertThat(result.items()).extracting(item -> item.draft().type()).containsExactly("single-choice",
                "multiple-response", "true-false", "short-text", "numeric", "essay", "matching", "ordering", "cloze");
        assertThat(result.items()).allSatisfy(item -> assertThat(item.draft().categoryPath())
                .isEqualTo("Physics/Kinematics"));
        assertThat(result.items().getFirst().line()).isEqualTo(13);
        ItemDraft first = result.items().getFirst().draft();
        assertThat(first.title()).isEqualTo("Noble gas");
        assertThat(first.externalId()).isEqualTo("CHEM-1");
        assertThat(first.marks()).isEqualByComparingTo("2");
        assertThat(first.explanation()).isEqualTo("Neon is in group 18 & inert.");
        assertThat(first.primaryConcept()).isEqualTo("chem.gases");
        assertThat(first.secondaryConcepts()).containsExactly("chem.periodic");
        assertThat(first.body().get("prompt").asString()).isEqualTo("<p>Which is a <b>noble</b> gas?</p>");
        assertThat(first.body().get("shuffle").asBoolean()).isFalse();
        assertThat(first.body().at("/choices/1/fraction").decimalValue()).isEqualByComparingTo("-0.3333333");
        assertThat(first.body().at("/choices/0/feedback").asString()).isEqualTo("Yes.");
        assertThat(first.body().at("/choices/1/feedback").isMissingNode()).isTrue();

        JsonNode trueFalse = body(result, 2);
        assertThat(trueFalse.get("answer").asBoolean()).isFalse();
        assertThat(trueFalse.get("feedbackTrue").asString()).isEqualTo("No, it is slower.");
        assertThat(body(result, 3).get("caseSensitive").asBoolean()).isTrue();

        JsonNode numeric = body(result, 4);
        assertThat(numeric.get("answers")).hasSize(1);
        assertThat(numeric.at("/units/1/unit").asString()).isEqualTo("cm/s^2");
        assertThat(numeric.at("/units/1/multiplier").asInt()).isEqualTo(100);
        assertThat(numeric.get("unitRequired").asBoolean()).isTrue();

        JsonNode essay = body(result, 5);
        assertThat(essay.get("minWords").asInt()).isEqualTo(150);
        assertThat(essay.get("maxWords").asInt()).isEqualTo(600);
        assertThat(essay.get("guidance").asString()).isEqualTo("Mentions Taylor v Caldwell.");

        JsonNode matching = body(result, 6);
        assertThat(matching.get("stems")).hasSize(2);
        assertThat(matching.get("options")).hasSize(3);

        JsonNode ordering = body(result, 7);
        assertThat(ordering.get("grading").asString()).isEqualTo("all-or-nothing");
        assertThat(ordering.get("items")).extracting(item -> item.get("text").asString())
                .containsExactly("Prophase", "Metaphase", "Anaphase");
    }

    @Test
    void readsEmbeddedAnswersAsCloze() throws IOException {
        ParseResult result = sample();
        ParsedItem cloze = result.items().stream().filter(item -> item.draft().type().equals("cloze")).findFirst()
                .orElseThrow();
        JsonNode body = cloze.draft().body();
        assertThat(body.get("text").asString())
                .isEqualTo("Water boils at {{g1}} °C, the capital is {{g2}} and water is {{g3}}.");
        assertThat(body.at("/gaps/0/type").asString()).isEqualTo("numeric");
        assertThat(body.at("/gaps/0/weight").asInt()).isEqualTo(2);
        assertThat(body.at("/gaps/0/body/answers/1/fraction").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(body.at("/gaps/0/body/answers/1/tolerance").decimalValue()).isEqualByComparingTo("2");
        assertThat(body.at("/gaps/0/body/answers/0/feedback").asString()).isEqualTo("Yes");
        assertThat(body.at("/gaps/1/type").asString()).isEqualTo("short-text");
        assertThat(body.at("/gaps/2/type").asString()).isEqualTo("single-choice");
        assertThat(body.at("/gaps/2/body/choices/1/feedback").asString()).isEqualTo("no~never");
        assertThat(cloze.draft().explanation()).isEqualTo("Basics.");
    }

    @Test
    void descriptionsAndUnsupportedTypesAreReportedWithTheirLines() throws IOException {
        ParseResult result = sample();
        assertThat(result.errors()).extracting(ItemError::code)
                .containsExactly("description-skipped", "unsupported-question-type");
        assertThat(result.errors()).extracting(ItemError::index).containsExactly(9, 10);
        assertThat(result.errors()).allSatisfy(error -> assertThat(error.line()).isGreaterThan(100));
    }

    @Test
    void unsupportedGapsAndBadNumbersAreItemErrors() {
        ParseResult result = moodle.parse(utf8("""
                <quiz>
                  <question type="cloze"><questiontext><text>Pick {1:MULTIRESPONSE:~%50%a~%50%b}</text></questiontext></question>
                  <question type="numerical"><answer fraction="100"><text>ten</text></answer></question>
                  <question type="truefalse"><answer fraction="50"><text>true</text></answer></question>
                </quiz>"""));
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).extracting(ItemError::code).containsExactly("unsupported-gap", "bad-number",
                "no-correct-answer");
        assertThat(result.errors()).extracting(ItemError::line).containsExactly(2, 3, 4);
    }

    @Test
    void roundTripsEveryFieldMoodleXmlCarries() {
        ItemDraft numericWithUnits = item("numeric", "{'prompt': 'Length?', 'answers': [ {'value': 1.5, 'tolerance': 0.1,"
                + " 'fraction': 1, 'feedback': 'ok'} ], 'units': [ {'unit': 'm', 'multiplier': 1}, {'unit': 'cm', 'multiplier': 100} ],"
                + " 'unitRequired': true}").withTitle("Length").withExternalId("len-1");
        ItemDraft essay = item("essay", "{'prompt': 'Discuss <this> & that.', 'minWords': 150, 'maxWords': 600,"
                + " 'guidance': 'Look for the key case.'}").withTitle("Essay").withExternalId("e-1");
        ItemDraft caseSensitive = item("short-text", "{'prompt': 'Symbol for sodium?', 'caseSensitive': true,"
                + " 'answers': [ {'text': 'Na', 'fraction': 1} ]}").withTitle("Na").withExternalId("na");
        List<ItemDraft> items = List.of(withEverything(SINGLE), MULTIPLE, TRUE_FALSE, FALSE_PLAIN, SHORT, NUMERIC,
                numericWithUnits, ESSAY, essay, MATCHING, ORDERING, CLOZE, caseSensitive);
        WriteResult written = moodle.write(items, null);
        assertThat(written.skipped()).isEmpty();
        ParseResult read = moodle.parse(written.content());
        assertThat(read.errors()).isEmpty();
        assertThat(read.items()).hasSize(items.size());
        Set<String> fields = Set.of("type", "body", "title", "externalId", "category", "explanation", "marks",
                "concepts");
        for (int i = 0; i < items.size(); i++) {
            assertThat(canonical(read.items().get(i).draft(), fields, Set.of()))
                    .as(items.get(i).type()).isEqualTo(canonical(items.get(i), fields, Set.of()));
        }
    }

    @Test
    void tagsBecomeConceptKeys() {
        ParseResult result = moodle.parse(utf8("""
                <quiz><question type="essay"><questiontext><text>Q</text></questiontext>
                <tags><tag><text>Chemistry Basics</text></tag><tag><text>ÉTUDE!</text></tag>
                <tag><text>physics.kinematics</text></tag><tag><text>Chemistry   basics</text></tag></tags>
                </question></quiz>"""));
        ItemDraft draft = result.items().getFirst().draft();
        assertThat(draft.primaryConcept()).isEqualTo("chemistry-basics");
        assertThat(draft.secondaryConcepts()).containsExactly("tude", "physics.kinematics");
    }

    @Test
    void skipsCasesWithAReason() {
        WriteResult written = moodle.write(List.of(CASE.withExternalId("k"), SHORT), null);
        assertThat(written.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.externalId()).isEqualTo("k");
            assertThat(skipped.reason()).contains("case");
        });
    }

    @Test
    void refusesADoctypeSoEntitiesAreNeverExpanded() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                ]>
                <quiz><question type="essay"><questiontext><text>&lol4;</text></questiontext></question></quiz>
                """;
        ParseResult result = moodle.parse(utf8(laughs));
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("doctype-refused");
            assertThat(error.message()).doesNotContain("lollol");
        });
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        ParseResult result = moodle.parse(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n<quiz><question type=\"essay\"><questiontext><text>&xxe;</text>"
                + "</questiontext></question></quiz>"));
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("doctype-refused");
            assertThat(error.message()).doesNotContain("TOP-SECRET");
        });
    }

    @Test
    void neverFetchesAnExternalDtdOrEntityOverHttp() throws IOException {
        HttpServer server = HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] reply = "<!ENTITY x 'fetched'>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            ParseResult external = moodle.parse(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"" + base
                    + "/quiz.dtd\">\n<quiz/>"));
            ParseResult entity = moodle.parse(utf8("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY e SYSTEM \""
                    + base + "/e\">]>\n<quiz><question type=\"essay\"><questiontext><text>&e;</text></questiontext>"
                    + "</question></quiz>"));
            assertThat(external.errors()).extracting(ItemError::code).containsExactly("doctype-refused");
            assertThat(entity.errors()).extracting(ItemError::code).containsExactly("doctype-refused");
            assertThat(hits.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUndeclaredEntityIsRefusedAndPredefinedOnesAreText() {
        ParseResult undeclared = moodle.parse(utf8("<quiz>\n<question type=\"essay\"><questiontext><text>&nbsp;</text>"
                + "</questiontext></question></quiz>"));
        assertThat(undeclared.items()).isEmpty();
        assertThat(undeclared.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.line()).isEqualTo(2);
        });
        ParseResult predefined = moodle.parse(utf8("<quiz><question type=\"essay\"><questiontext><text>a &lt; b &amp;"
                + " &#233;</text></questiontext></question></quiz>"));
        assertThat(predefined.items().getFirst().draft().body().get("prompt").asString()).isEqualTo("a < b & é");
    }

    @Test
    void malformedXmlIsOneFileErrorWithItsLine() {
        ParseResult result = moodle.parse(utf8("<quiz>\n<question type=\"essay\">\n<name><text>x</name>\n</quiz>"));
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(-1);
            assertThat(error.code()).isEqualTo("bad-xml");
            assertThat(error.line()).isEqualTo(3);
        });
        assertThat(moodle.parse(utf8("<questions/>")).errors()).singleElement()
                .extracting(ItemError::code).isEqualTo("not-moodle-xml");
    }

    @Test
    void encodingsAreCheckedBeforeTheXmlIsRead() {
        byte[] latin1 = "<quiz>\n<question type=\"essay\"><questiontext><text>Caf\u00e9</text></questiontext></question></quiz>"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(moodle.parse(latin1).errors()).singleElement().satisfies(error -> {
            assertThat(error.code()).isEqualTo("bad-encoding");
            assertThat(error.line()).isEqualTo(2);
        });
        byte[] utf16 = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><quiz><question type=\"essay\"><questiontext><text>Café</text></questiontext></question></quiz>"
                .getBytes(StandardCharsets.UTF_16);
        assertThat(moodle.parse(utf16).items().getFirst().draft().body().get("prompt").asString()).isEqualTo("Café");
        byte[] junk = new byte[2048];
        new java.util.Random(3).nextBytes(junk);
        assertThat(moodle.parse(junk).errors()).singleElement().extracting(ItemError::index).isEqualTo(-1);
    }

    @Test
    void deeplyNestedXmlIsRefused() {
        String deep = "<quiz>" + "<a>".repeat(200) + "</a>".repeat(200) + "</quiz>";
        assertThat(moodle.parse(utf8(deep)).errors()).singleElement().extracting(ItemError::code).isEqualTo("too-complex");
    }
}
