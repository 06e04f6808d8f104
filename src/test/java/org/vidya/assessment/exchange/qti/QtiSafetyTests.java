package org.vidya.assessment.exchange.qti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vidya.assessment.exchange.qti.QtiTesting.utf8;
import static org.vidya.assessment.exchange.qti.QtiTesting.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vidya.assessment.exchange.ParseResult;

import com.sun.net.httpserver.HttpServer;

/** Hostile files: each is one file-level error, nothing is read or fetched, nothing escapes parse. */
class QtiSafetyTests {

    private static final String ITEM = """
            <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i" title="I">
              <responseDeclaration identifier="R" cardinality="single" baseType="string"/>
              <itemBody><p>%s</p><extendedTextInteraction responseIdentifier="R"/></itemBody>
            </assessmentItem>
            """;

    private final Qti21Format format = new Qti21Format();
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = utf8("<!ENTITY secret \"fetched\">");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private String http() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil";
    }

    private static ParseResult.ItemError fileError(ParseResult result) {
        assertThat(result.items()).isEmpty();
        assertThat(result.errors()).hasSize(1);
        ParseResult.ItemError error = result.errors().getFirst();
        assertThat(error.index()).isEqualTo(-1);
        return error;
    }

    @Test
    void refusesEntityExpansion() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                  <!ENTITY lol "lol">
                  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                """ + ITEM.formatted("&lol9;");

        ParseResult.ItemError error = fileError(format.parse(utf8(laughs)));

        assertThat(error.code()).isEqualTo("unsafe-xml");
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-value");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE i [ <!ENTITY secret SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + ITEM.formatted("&secret;");

        ParseResult result = format.parse(utf8(xxe));

        assertThat(fileError(result).code()).isEqualTo("unsafe-xml");
        assertThat(result.toString()).doesNotContain("the-secret-value");
    }

    @Test
    void neverFetchesAnExternalEntityDtdOrInclude() {
        format.parse(utf8("<!DOCTYPE i [ <!ENTITY e SYSTEM \"" + http() + "\"> ]>\n" + ITEM.formatted("&e;")));
        format.parse(utf8("<!DOCTYPE i SYSTEM \"" + http() + "\">\n" + ITEM.formatted("x")));
        format.parse(utf8("<!DOCTYPE i [ <!ENTITY % p SYSTEM \"" + http() + "\"> %p; ]>\n" + ITEM.formatted("x")));
        ParseResult include = format.parse(utf8(ITEM.formatted(
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + http() + "\" parse=\"text\"/>")));

        assertThat(requests).hasValue(0);
        assertThat(include.items()).singleElement()
                .satisfies(item -> assertThat(item.draft().body().toString()).doesNotContain("fetched"));
    }

    @Test
    void refusesAZipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("items/bomb.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }

        ParseResult.ItemError error = fileError(format.parse(bytes.toByteArray()));

        assertThat(error.code()).isEqualTo("zip-bomb");
    }

    @Test
    void refusesAPackageThatUnpacksToMoreThanFiftyMegabytes() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] chunk = new byte[900 * 1024];
        for (int i = 0; i < 60; i++) {
            entries.put("media/" + i + ".bin", chunk);
        }

        assertThat(fileError(format.parse(zip(entries))).code()).isEqualTo("package-too-large");
    }

    @Test
    void refusesMoreThanTwoThousandEntries() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= QtiZip.MAX_ENTRIES; i++) {
            entries.put("f" + i + ".txt", new byte[0]);
        }

        assertThat(fileError(format.parse(zip(entries))).code()).isEqualTo("too-many-entries");
    }

    @Test
    void refusesEntriesThatClimbOutOfThePackage() {
        byte[] traversal = zip(Map.of("../../evil.xml", utf8(ITEM.formatted("x"))));
        byte[] absolute = zip(Map.of("/etc/evil.xml", utf8(ITEM.formatted("x"))));

        assertThat(fileError(format.parse(traversal)).code()).isEqualTo("unsafe-path");
        assertThat(fileError(format.parse(absolute)).code()).isEqualTo("unsafe-path");
    }

    @Test
    void refusesAManifestThatNamesAFileOutsideThePackage() {
        byte[] manifest = utf8("""
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">
                  <resources>
                    <resource identifier="r" type="imsqti_item_xmlv2p1" href="../../etc/passwd"/>
                  </resources>
                </manifest>
                """);

        ParseResult.ItemError error = fileError(format.parse(zip(Map.of("imsmanifest.xml", manifest))));

        assertThat(error.code()).isEqualTo("unsafe-path");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void aTruncatedZipIsOneFileError() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", utf8("<manifest/>"));
        entries.put("items/i.xml", utf8(ITEM.formatted("Some text that makes the entry long enough. ".repeat(50))));
        byte[] whole = zip(entries);

        ParseResult.ItemError error = fileError(format.parse(Arrays.copyOf(whole, whole.length / 2)));

        assertThat(error.code()).isEqualTo("malformed-zip");
    }

    @Test
    void invalidUtf8IsOneFileErrorWithItsLine() {
        byte[] valid = utf8(ITEM.formatted("caf\u00e9"));
        byte[] broken = Arrays.copyOf(valid, valid.length);
        int at = new String(valid, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("caf") + 3;
        broken[at] = (byte) 0xc3;
        broken[at + 1] = (byte) 0x28;

        ParseResult.ItemError error = fileError(format.parse(broken));

        assertThat(error.code()).isEqualTo("bad-encoding");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void malformedXmlIsOneFileErrorWithItsLine() {
        ParseResult.ItemError error = fileError(format.parse(utf8("<assessmentItem>\n  <itemBody>\n</assessmentItem>")));

        assertThat(error.code()).isEqualTo("malformed-xml");
        assertThat(error.line()).isEqualTo(3);
    }

    @Test
    void deepNestingIsRefusedWithoutOverflowingTheStack() {
        String deep = "<div>".repeat(5_000) + "</div>".repeat(5_000);

        assertThat(fileError(format.parse(utf8(ITEM.formatted(deep)))).code()).isEqualTo("malformed-xml");
    }

    @Test
    void emptyAndBinaryFilesAreOneFileError() {
        assertThat(fileError(format.parse(new byte[0])).code()).isEqualTo("empty-file");
        assertThat(fileError(format.parse(new byte[] {1, 2, 3, (byte) 0xff})).code()).isIn("bad-encoding",
                "malformed-xml");
        assertThat(fileError(format.parse(new byte[] {'P', 'K', 3, 4, 0, 0})).code()).isEqualTo("malformed-zip");
    }

    @Test
    void aBrokenItemInAPackageIsAnErrorForThatItemOnly() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("a.xml", utf8(ITEM.formatted("first")));
        entries.put("b.xml", utf8("<assessmentItem>\n<unclosed>\n</assessmentItem>"));
        entries.put("c.xml", utf8(ITEM.formatted("third").replace("identifier=\"i\"", "identifier=\"k\"")));

        ParseResult result = format.parse(zip(entries));

        assertThat(result.items()).extracting(ParseResult.ParsedItem::index).containsExactly(0, 2);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.index()).isEqualTo(1);
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("b.xml: ");
        });
    }
}
