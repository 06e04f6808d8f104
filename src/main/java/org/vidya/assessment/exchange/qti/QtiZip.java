package org.vidya.assessment.exchange.qti;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jspecify.annotations.Nullable;

/**
 * The XML files of a content package, read with guards: entries are counted and their bytes
 * measured as they unpack (never trusted from the zip's headers), a file that unpacks far beyond
 * its compressed size is taken for a zip bomb, and names that climb out of the package are refused.
 * Nothing is written to disk.
 */
final class QtiZip {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;
    /** Unpacked bytes an entry may reach before its compression ratio is checked. */
    static final long RATIO_CHECK_AFTER = 1024 * 1024;
    static final int MAX_RATIO = 100;

    private QtiZip() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 && bytes[3] == 4
                || bytes[2] == 5 && bytes[3] == 6);
    }

    /** Path → bytes of every {@code .xml} entry, in zip order. */
    static Map<String, byte[]> xmlFiles(byte[] zipBytes) throws XmlProblem {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Counting counting = new Counting(new ByteArrayInputStream(zipBytes));
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(counting, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new XmlProblem("too-many-entries", 0, "A package may hold at most " + MAX_ENTRIES
                            + " files.");
                }
                String name = entry.getName();
                if (!isSafe(name)) {
                    throw new XmlProblem("unsafe-path", 0, "The package names a file outside itself: '"
                            + QtiItemReader.abbreviate(name) + "'.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml") && !name.startsWith("__MACOSX/");
                long start = counting.count;
                ByteArrayOutputStream out = xml ? new ByteArrayOutputStream() : null;
                byte[] buffer = new byte[16 * 1024];
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    unpacked += n;
                    if (unpacked > MAX_UNPACKED_BYTES) {
                        throw new XmlProblem("package-too-large", 0, "The package unpacks to more than "
                                + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB.");
                    }
                    if (size > RATIO_CHECK_AFTER && size > MAX_RATIO * Math.max(counting.count - start, 1)) {
                        throw new XmlProblem("zip-bomb", 0, "'" + QtiItemReader.abbreviate(name)
                                + "' unpacks to more than " + MAX_RATIO + " times its packed size.");
                    }
                    if (out != null) {
                        if (size > SafeXml.MAX_BYTES) {
                            throw new XmlProblem("file-too-large", 0, "'" + QtiItemReader.abbreviate(name)
                                    + "' is larger than " + SafeXml.MAX_BYTES / (1024 * 1024) + " MB.");
                        }
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null && files.put(name, out.toByteArray()) != null) {
                    throw new XmlProblem("duplicate-entry", 0, "'" + QtiItemReader.abbreviate(name)
                            + "' is in the package twice.");
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new XmlProblem("malformed-zip", 0, "The zip file is damaged or incomplete.");
        }
        if (entries == 0) {
            throw new XmlProblem("malformed-zip", 0, "The zip file is damaged or empty.");
        }
        return files;
    }

    /** A relative name without {@code ..} segments, drive letters or backslashes. */
    static boolean isSafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0
                || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A path inside the package for {@code href} written in the file at {@code from}; null when it
     * leaves the package or is an address elsewhere.
     */
    static @Nullable String resolve(String from, String href) {
        String clean = href.strip();
        int cut = clean.indexOf('#');
        if (cut >= 0) {
            clean = clean.substring(0, cut);
        }
        try {
            clean = URLDecoder.decode(clean.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (clean.isEmpty() || clean.startsWith("/") || clean.contains(":") || clean.indexOf('\\') >= 0) {
            return null;
        }
        int slash = from.lastIndexOf('/');
        String base = slash < 0 ? "" : from.substring(0, slash + 1);
        ArrayDeque<String> parts = new ArrayDeque<>();
        for (String segment : (base + clean).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    private static final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
