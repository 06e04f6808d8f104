package org.vidya.platform.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The local file store: put, get and delete by key, streaming, and no key reaching outside its directory. */
class LocalFileStoreTests {

    Path directory;
    LocalFileStore store;

    @BeforeEach
    void newStore() {
        directory = Path.of("target", "file-store-tests", UUID.randomUUID().toString());
        store = new LocalFileStore(directory);
    }

    static InputStream text(String value) {
        return new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8));
    }

    static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void putsGetsAndDeletesByKey() throws IOException {
        assertThat(store.put("coursework/t1/a1/f1", text("print('hello')"))).isEqualTo(14);
        assertThat(store.exists("coursework/t1/a1/f1")).isTrue();
        assertThat(read(store.get("coursework/t1/a1/f1").orElseThrow())).isEqualTo("print('hello')");

        assertThat(store.delete("coursework/t1/a1/f1")).isTrue();
        assertThat(store.exists("coursework/t1/a1/f1")).isFalse();
        assertThat(store.get("coursework/t1/a1/f1")).isEmpty();
        assertThat(store.delete("coursework/t1/a1/f1")).isFalse();
    }

    @Test
    void replacesWhatWasStoredUnderTheKey() throws IOException {
        store.put("k", text("first"));
        store.put("k", text("second"));
        assertThat(read(store.get("k").orElseThrow())).isEqualTo("second");
    }

    @Test
    void streamsLargeContentWithoutLeavingTemporaryFiles() throws IOException {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(big);
        assertThat(store.put("big/file.bin", new ByteArrayInputStream(big))).isEqualTo(big.length);
        try (InputStream in = store.get("big/file.bin").orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        try (var files = Files.list(store.root().resolve("big"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("file.bin");
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        InputStream broken = new InputStream() {
            int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> store.put("half/file", broken)).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(store.exists("half/file")).isFalse();
        try (var files = Files.list(store.root().resolve("half"))) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside", "a/../../outside", "/etc/passwd", "a/./b", "a//b", "a/b/", "",
            "a\\..\\b", "a/..", "..", "a b", "a/b\u0000c", "ünïcode"})
    void refusesKeysThatCouldLeaveTheDirectory(String key) throws IOException {
        assertThatThrownBy(() -> store.put(key, text("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(directory.resolve("..").resolve("outside"))).isFalse();
    }

    @Test
    void refusesOverlongKeys() {
        assertThat(FileKeys.isValid("a/".repeat(200) + "b")).isFalse();
        assertThat(FileKeys.isValid("coursework/" + UUID.randomUUID() + "/" + UUID.randomUUID())).isTrue();
    }
}
