package org.vidya.coursework.domain;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.http.HttpStatus;
import org.vidya.platform.ApiException;

/**
 * The kinds of file a learner may hand in. A file's kind is what its bytes are (detected by
 * Tika's magic numbers, never from the name or the type the browser claims), and its name's
 * extension must agree: a PNG called {@code essay.pdf} is refused.
 */
public final class FileTypes {

    private static final Set<String> TEXT = Set.of("text/plain", "application/x-sh");
    private static final Set<String> OOXML = Set.of("application/x-tika-ooxml");

    /** A kind of file: how it is served, the extensions it may carry, what its bytes may be detected as. */
    public enum Kind {
        PDF("application/pdf", Set.of("pdf"), Set.of("application/pdf")),
        PNG("image/png", Set.of("png"), Set.of("image/png")),
        JPEG("image/jpeg", Set.of("jpg", "jpeg"), Set.of("image/jpeg")),
        TEXT("text/plain", Set.of("txt", "md"), FileTypes.TEXT),
        PYTHON("text/plain", Set.of("py"), FileTypes.TEXT),
        JAVA("text/plain", Set.of("java"), FileTypes.TEXT),
        ZIP("application/zip", Set.of("zip"), Set.of("application/zip")),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"), OOXML),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"), OOXML),
        PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx"), OOXML),
        ODT("application/vnd.oasis.opendocument.text", Set.of("odt"),
                Set.of("application/vnd.oasis.opendocument.text"));

        private final String contentType;
        private final Set<String> extensions;
        private final Set<String> detected;

        Kind(String contentType, Set<String> extensions, Set<String> detected) {
            this.contentType = contentType;
            this.extensions = extensions;
            this.detected = detected;
        }

        /** The type the file is served as. */
        public String contentType() {
            return contentType;
        }

        static Optional<Kind> byExtension(String extension) {
            return Arrays.stream(values()).filter(k -> k.extensions.contains(extension)).findFirst();
        }
    }

    /** The extensions accepted, for telling people what they may upload. */
    public static final String ACCEPTED = ".pdf, .png, .jpg, .jpeg, .txt, .md, .py, .java, .zip, .docx, .xlsx, .pptx, .odt";

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private FileTypes() {
    }

    /** What the bytes are, by their magic numbers alone. */
    static String detect(InputStream content) {
        try (InputStream in = new BufferedInputStream(content)) {
            MediaType type = TYPES.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        }
    }

    /**
     * The kind of an upload called {@code name}, whose bytes were detected as {@code detected}; a
     * 415 problem when the extension is not accepted or does not match the bytes.
     */
    static Kind kindOf(String name, String detected) {
        String extension = extension(name);
        Kind kind = Kind.byExtension(extension).orElseThrow(() -> unsupported(
                "Files ending in ." + (extension.isEmpty() ? "(nothing)" : extension) + " are not accepted. Upload "
                        + ACCEPTED + "."));
        if (!kind.detected.contains(detected)) {
            throw unsupported("This file is not what its name says: it ends in ." + extension
                    + " but its content is something else.");
        }
        return kind;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * A file name safe to store and to send in a Content-Disposition header: the last path
     * segment, without control characters, quotes or separators, at most 120 characters, and
     * keeping its extension.
     */
    public static String safeName(String original) {
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder safe = new StringBuilder();
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
            if (Character.isLetterOrDigit(c) || mark || c == '.' || c == '-' || c == '_' || c == ' ' || c == '(' || c == ')') {
                safe.appendCodePoint(c);
            } else if (!Character.isISOControl(c)) {
                safe.append('_');
            }
        });
        String cleaned = safe.toString().strip().replaceAll("^\\.+", "");
        if (cleaned.length() > 120) {
            String extension = extension(cleaned);
            int keep = 120 - extension.length() - 1;
            cleaned = extension.isEmpty() || keep < 1 ? cleaned.substring(0, 120)
                    : cleaned.substring(0, keep) + "." + extension;
        }
        return cleaned.isEmpty() ? "submission" : cleaned;
    }

    private static ApiException unsupported(String detail) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", detail);
    }
}
