package org.vidya.assessment.exchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an uploaded text file into a string: UTF-8, with or without a byte order mark, or UTF-16
 * with one. Anything else (bytes that are not UTF-8, binary files with control characters) is
 * refused with the line where it starts, so that nothing is read half-right.
 */
public final class FileText {

    private FileText() {
    }

    /** The file's text with line ends turned into {@code \n}; {@link UnreadableFile} when it is not text. */
    public static String decode(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = strict(content, 3, StandardCharsets.UTF_8.newDecoder());
        } else if (startsWith(content, 0xFE, 0xFF)) {
            text = strict(content, 2, StandardCharsets.UTF_16BE.newDecoder());
        } else if (startsWith(content, 0xFF, 0xFE)) {
            text = strict(content, 2, StandardCharsets.UTF_16LE.newDecoder());
        } else {
            text = strict(content, 0, StandardCharsets.UTF_8.newDecoder());
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c < 0x20 && c != '\t' || c == 0x7F) {
                throw new UnreadableFile(line, "not-text",
                        "Line " + line + " holds a control character (U+" + String.format("%04X", (int) c)
                                + "); this is not a text file.");
            }
        }
        return text;
    }

    /** Whether the bytes start with a UTF-16 byte order mark (XML readers need to know). */
    public static boolean isUtf16(byte[] content) {
        return startsWith(content, 0xFE, 0xFF) || startsWith(content, 0xFF, 0xFE);
    }

    private static String strict(byte[] content, int skip, CharsetDecoder decoder) {
        decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, skip, content.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (content.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw badEncoding(content, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw badEncoding(content, in.position());
        }
        return out.flip().toString();
    }

    private static UnreadableFile badEncoding(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return new UnreadableFile(line, "bad-encoding", "Line " + line
                + " is not valid UTF-8 (byte " + (position + 1) + "). Save the file as UTF-8 and try again.");
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
