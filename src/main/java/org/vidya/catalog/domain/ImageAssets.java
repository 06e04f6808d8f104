package org.vidya.catalog.domain;

import java.util.Locale;
import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.http.HttpStatus;
import org.vidya.platform.ApiException;

/** What images a course may hold: PNG, JPEG, GIF or WebP, told from the bytes, at most 5 MB. */
final class ImageAssets {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 50L * 1024 * 1024;
    static final int MAX_COUNT = 200;

    private static final Tika TIKA = new Tika();
    private static final Map<String, String> TYPES = Map.of("png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "gif", "image/gif", "webp", "image/webp");

    private ImageAssets() {
    }

    /**
     * The media type of the image, detected from its bytes; its name's extension must agree.
     *
     * @throws ApiException 400 for a bad name or no bytes, 413 when too large, 415 for other
     *                      types or a name that says another type than the bytes
     */
    static String contentType(String name, byte[] bytes) {
        if (!Rules.ASSET_NAME.matcher(name).matches()) {
            throw ApiException.invalid("name", "invalid-asset-name",
                    "must be letters, digits, dots, dashes or underscores (at most 100), with an extension");
        }
        if (bytes.length == 0) {
            throw ApiException.invalid("file", "empty", "is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    "An image may be at most 5 MB; this one is " + bytes.length + " bytes.");
        }
        String detected = TIKA.detect(bytes);
        int dot = name.lastIndexOf('.');
        String claimed = dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (!TYPES.containsValue(detected)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Only PNG, JPEG, GIF and WebP images are accepted.");
        }
        if (!detected.equals(claimed)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "The name " + name + " does not match the image's content (" + detected + ").");
        }
        return detected;
    }
}
