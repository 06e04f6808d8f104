package org.vidya.catalog.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vidya.platform.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageAssetsTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
    static final byte[] GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void tellsTheTypeFromTheBytes() {
        assertThat(ImageAssets.contentType("flow.png", PNG)).isEqualTo("image/png");
        assertThat(ImageAssets.contentType("Spin.GIF", GIF)).isEqualTo("image/gif");
    }

    @Test
    void refusesANameThatLiesAboutTheBytes() {
        assertStatus(() -> ImageAssets.contentType("flow.jpg", PNG), 415, "unsupported-media-type");
        assertStatus(() -> ImageAssets.contentType("flow", PNG), 415, "unsupported-media-type");
    }

    @Test
    void refusesWhatIsNotAnImage() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertStatus(() -> ImageAssets.contentType("flow.png", html), 415, "unsupported-media-type");
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8);
        assertStatus(() -> ImageAssets.contentType("flow.svg", svg), 415, "unsupported-media-type");
    }

    @Test
    void refusesImagesOverFiveMegabytes() {
        byte[] big = Arrays.copyOf(PNG, ImageAssets.MAX_BYTES + 1);
        assertStatus(() -> ImageAssets.contentType("big.png", big), 413, "payload-too-large");
    }

    @Test
    void refusesNamesThatCouldLeaveTheFolder() {
        assertStatus(() -> ImageAssets.contentType("../flow.png", PNG), 400, "validation-failed");
        assertStatus(() -> ImageAssets.contentType(".hidden.png", PNG), 400, "validation-failed");
    }

    private static void assertStatus(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status().value()).isEqualTo(status);
            assertThat(e.code()).isEqualTo(code);
        });
    }
}
