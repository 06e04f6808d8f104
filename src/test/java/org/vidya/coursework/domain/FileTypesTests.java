package org.vidya.coursework.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File kinds come from the bytes; the name must agree; names are made safe. */
class FileTypesTests {

    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806"
            + "0000001f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    static FileTypes.Kind kind(String name, byte[] bytes) {
        return FileTypes.kindOf(name, FileTypes.detect(new ByteArrayInputStream(bytes)));
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                byte[] content = entries[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i]);
                if (i == 0) {
                    // Office and OpenDocument files begin with an uncompressed first entry.
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void acceptsTheAllowedKindsByTheirBytes() throws IOException {
        assertThat(kind("essay.pdf", PDF)).isEqualTo(FileTypes.Kind.PDF);
        assertThat(kind("Plot.PNG", PNG)).isEqualTo(FileTypes.Kind.PNG);
        assertThat(kind("notes.txt", "F = C * 9/5 + 32\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileTypes.Kind.TEXT);
        assertThat(kind("convert.py", "def c_to_f(c):\n    return c * 9 / 5 + 32\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileTypes.Kind.PYTHON);
        assertThat(kind("run.py", "#!/usr/bin/env python3\nprint('hi')\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileTypes.Kind.PYTHON);
        assertThat(kind("Convert.java", "class Convert { static <T> T id(T t) { return t; } }\n"
                .getBytes(StandardCharsets.UTF_8))).isEqualTo(FileTypes.Kind.JAVA);
        assertThat(kind("work.zip", zip("a.txt", "hello"))).isEqualTo(FileTypes.Kind.ZIP);
        assertThat(kind("essay.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>")))
                .isEqualTo(FileTypes.Kind.DOCX);
        assertThat(kind("essay.odt", zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")))
                .isEqualTo(FileTypes.Kind.ODT);
    }

    @Test
    void refusesALyingExtension() {
        assertThatThrownBy(() -> kind("essay.pdf", PNG)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(415);
            assertThat(e.code()).isEqualTo("unsupported-media-type");
        });
        assertThatThrownBy(() -> kind("notes.txt", PDF)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> kind("essay.docx", zip("a.txt", "just a zip"))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> kind("page.txt", "<html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(ApiException.class);
    }

    @Test
    void refusesKindsThatAreNotAllowed() {
        assertThatThrownBy(() -> kind("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> kind("run.exe", new byte[] {'M', 'Z', 0, 0})).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> kind("no-extension", PDF)).isInstanceOf(ApiException.class);
    }

    @Test
    void makesFileNamesSafe() {
        assertThat(FileTypes.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileTypes.safeName("C:\\Users\\me\\essay final.pdf")).isEqualTo("essay final.pdf");
        assertThat(FileTypes.safeName("a\"b;c\r\n.pdf")).isEqualTo("a_b_c.pdf");
        assertThat(FileTypes.safeName("निबंध.pdf")).isEqualTo("निबंध.pdf");
        assertThat(FileTypes.safeName("...")).isEqualTo("submission");
        assertThat(FileTypes.safeName("x".repeat(300) + ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
