package org.vidya.mastery.graph;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.vidya.mastery.Concept;
import org.vidya.mastery.Prerequisite;
import org.vidya.platform.ApiException;

/**
 * The CSV layout of a concept graph (docs/concept-graph.md): one file, one header, and a
 * {@code record} column saying what each row is, {@code concept} or {@code prerequisite}. One
 * file rather than two keeps an upload and an export a single thing that cannot come apart.
 */
final class ConceptCsv {

    static final List<String> COLUMNS = List.of("record", "key", "name", "subject", "layer", "parent", "difficulty",
            "exam_weight", "description", "prerequisite", "weight", "kind", "transfer");

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(false).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n").get();

    private ConceptCsv() {
    }

    static ConceptGraphFile read(byte[] content) {
        String text = decode(content);
        int[] lineStarts = lineStarts(text);
        List<ConceptGraphFile.ConceptEntry> concepts = new ArrayList<>();
        List<ConceptGraphFile.EdgeEntry> edges = new ArrayList<>();
        long position = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            header.putAll(parser.getHeaderMap());
            if (!header.containsKey("record") || !header.containsKey("key")) {
                throw malformed(1, "The first row must name the columns; record and key are required, and the"
                        + " others are " + String.join(", ", COLUMNS) + ".");
            }
            for (String name : header.keySet()) {
                if (!COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                    throw malformed(1, "Unknown column '" + name + "'; the columns are " + String.join(", ", COLUMNS)
                            + ".");
                }
            }
            for (CSVRecord row : parser) {
                position = row.getCharacterPosition();
                int line = lineOf(lineStarts, position);
                String record = cell(row, header, "record");
                if ("concept".equalsIgnoreCase(record)) {
                    concepts.add(new ConceptGraphFile.ConceptEntry(line, cell(row, header, "key"),
                            cell(row, header, "name"), cell(row, header, "subject"), cell(row, header, "layer"),
                            cell(row, header, "parent"), cell(row, header, "difficulty"),
                            cell(row, header, "exam_weight"), cell(row, header, "description")));
                } else if ("prerequisite".equalsIgnoreCase(record)) {
                    edges.add(new ConceptGraphFile.EdgeEntry(line, cell(row, header, "key"),
                            cell(row, header, "prerequisite"), cell(row, header, "weight"), cell(row, header, "kind"),
                            cell(row, header, "transfer")));
                } else {
                    throw ApiException.invalid("line " + line + ": record", "unknown-record",
                            "must be 'concept' or 'prerequisite'");
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            int line = lineOf(lineStarts, position);
            throw malformed(line, "The CSV cannot be read after line " + line + " (an unclosed quote or a malformed"
                    + " row).");
        }
        return new ConceptGraphFile(concepts, edges);
    }

    private static @Nullable String cell(CSVRecord row, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index);
        return value.isEmpty() ? null : value;
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed(0, "The file is not UTF-8 text.");
        }
    }

    private static ApiException malformed(int line, String detail) {
        return ApiException.badRequest("malformed-file", detail).with("line", line);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) Math.min(position, Integer.MAX_VALUE));
        return (found >= 0 ? found : -found - 2) + 1;
    }

    static byte[] write(Collection<Concept> concepts, Collection<Prerequisite> edges) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (Concept c : concepts) {
                printer.printRecord("concept", c.key(), c.name(), c.subject(), c.layer(), blank(c.parent()),
                        c.difficulty(), c.examWeight(), blank(c.description()), "", "", "", "");
            }
            for (Prerequisite e : edges) {
                printer.printRecord("prerequisite", e.concept(), "", "", "", "", "", "", "", e.prerequisite(),
                        e.weight(), e.kind().name(), e.transfer());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String blank(@Nullable String value) {
        return value == null ? "" : value;
    }
}
