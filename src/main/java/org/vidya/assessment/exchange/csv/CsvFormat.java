package org.vidya.assessment.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.bank.Difficulty;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.FileText;
import org.vidya.assessment.exchange.ItemBodies;
import org.vidya.assessment.exchange.ItemFormat;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;
import org.vidya.assessment.exchange.UnreadableFile;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.quiz.QuizImports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vidya's CSV layout (docs/item-exchange.md): one item per row, lists inside a cell separated by
 * {@code |} (a literal bar written {@code \|}). Covers single-choice, multiple-response,
 * true-false, numeric, short-text and essay.
 */
@Component
public class CsvFormat implements ItemFormat {

    static final List<String> COLUMNS = List.of("type", "category", "title", "prompt", "choices", "correct",
            "fractions", "feedback", "marks", "negative_marks", "difficulty", "primary_concept", "secondary_concepts",
            "explanation", "source", "year");
    static final Set<String> TYPES = Set.of("single-choice", "multiple-response", "true-false", "numeric",
            "short-text", "essay");

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setAllowMissingColumnNames(false).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator("\r\n").get();

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    // ---- reading

    @Override
    public ParseResult parse(byte[] content) {
        String text;
        try {
            text = FileText.decode(content);
        } catch (UnreadableFile refused) {
            return refused.toResult();
        }
        int[] lineStarts = text.lines().count() > 0 ? lineStarts(text) : new int[] {0};
        List<ParsedItem> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        int index = 0;
        long position = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            Map<String, Integer> header = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            header.putAll(parser.getHeaderMap());
            if (!header.containsKey("type") || !header.containsKey("prompt")) {
                return new UnreadableFile(1, "bad-header", "The first row must name the columns; type and prompt"
                        + " are required, and the others are " + String.join(", ", COLUMNS) + ".").toResult();
            }
            for (String name : header.keySet()) {
                if (!COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                    return new UnreadableFile(1, "unknown-column", "Unknown column '" + name + "'; the columns are "
                            + String.join(", ", COLUMNS) + ".").toResult();
                }
            }
            for (CSVRecord record : parser) {
                position = record.getCharacterPosition();
                int line = lineOf(lineStarts, position);
                int itemIndex = index++;
                Row row = new Row(record, header);
                try {
                    items.add(new ParsedItem(itemIndex, line, row.draft()));
                } catch (Refused refused) {
                    errors.add(new ItemError(itemIndex, line, refused.field, refused.code,
                            "Item " + (itemIndex + 1) + " (line " + line + ", column " + refused.field + "): "
                                    + refused.getMessage()));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException | IOException e) {
            int line = lineOf(lineStarts, position);
            return new UnreadableFile(line, "bad-csv", "The CSV cannot be read after line " + line
                    + " (an unclosed quote or a malformed row).").toResult();
        }
        return new ParseResult(items, errors, null);
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

    private static final class Refused extends RuntimeException {
        final String field;
        final String code;

        Refused(String field, String code, String message) {
            super(message);
            this.field = field;
            this.code = code;
        }
    }

    private record Row(CSVRecord record, Map<String, Integer> header) {

        String get(String column) {
            Integer at = header.get(column);
            if (at == null || at >= record.size()) {
                return "";
            }
            return record.get(at).strip();
        }

        @Nullable String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        ItemDraft draft() {
            String type = get("type").toLowerCase(Locale.ROOT);
            if (!TYPES.contains(type)) {
                throw new Refused("type", "unknown-item-type", "'" + type + "' is not one of "
                        + String.join(", ", TYPES.stream().sorted().toList()) + ".");
            }
            ObjectNode body = ItemBodies.object();
            body.put("prompt", get("prompt"));
            switch (type) {
                case "single-choice", "multiple-response" -> choices(body, type.equals("single-choice"));
                case "true-false" -> trueFalse(body);
                case "numeric" -> numeric(body);
                case "short-text" -> shortText(body);
                default -> {
                }
            }
            ItemDraft draft = ItemDraft.of(type, body).withTitle(optional("title")).withExternalId(optional("title"))
                    .withCategoryPath(optional("category")).withExplanation(optional("explanation"))
                    .withMarks(decimal("marks", BigDecimal.ONE), decimal("negative_marks", BigDecimal.ZERO));
            String difficulty = get("difficulty");
            if (!difficulty.isEmpty()) {
                try {
                    draft = draft.withDifficulty(Difficulty.fromCode(difficulty), null);
                } catch (IllegalArgumentException e) {
                    throw new Refused("difficulty", "unknown-difficulty", "difficulty is easy, medium or hard.");
                }
            }
            draft = draft.withConcepts(optional("primary_concept"), list(get("secondary_concepts")));
            Integer year = null;
            if (!get("year").isEmpty()) {
                try {
                    year = Integer.valueOf(get("year"));
                } catch (NumberFormatException e) {
                    throw new Refused("year", "bad-number", "year is a whole number such as 2023.");
                }
            }
            return draft.withSource(optional("source"), year);
        }

        private BigDecimal decimal(String column, BigDecimal fallback) {
            String value = get(column);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw new Refused(column, "bad-number", "'" + shorten(value) + "' is not a number.");
            }
        }

        private List<BigDecimal> fractions(int size) {
            List<String> cells = list(get("fractions"));
            if (cells.isEmpty()) {
                return List.of();
            }
            if (cells.size() != size) {
                throw new Refused("fractions", "count-mismatch", "fractions has " + cells.size() + " values for "
                        + size + " answers.");
            }
            List<BigDecimal> values = new ArrayList<>();
            for (String cell : cells) {
                try {
                    values.add(new BigDecimal(cell));
                } catch (NumberFormatException e) {
                    throw new Refused("fractions", "bad-number", "'" + shorten(cell) + "' is not a number.");
                }
            }
            return values;
        }

        private List<String> feedback(int size) {
            List<String> cells = list(get("feedback"));
            if (cells.size() > size) {
                throw new Refused("feedback", "count-mismatch", "feedback has " + cells.size() + " values for "
                        + size + " answers.");
            }
            return cells;
        }

        private void choices(ObjectNode body, boolean single) {
            List<String> texts = list(get("choices"));
            if (texts.isEmpty()) {
                throw new Refused("choices", "required", "list the choices separated by |.");
            }
            List<BigDecimal> fractions = fractions(texts.size());
            if (fractions.isEmpty()) {
                List<Integer> correct = positions(get("correct"), texts.size());
                if (correct.isEmpty()) {
                    throw new Refused("correct", "required", "name the right choice (1, 2, ... or A, B, ...).");
                }
                fractions = new ArrayList<>();
                BigDecimal share = single ? BigDecimal.ONE
                        : BigDecimal.ONE.divide(BigDecimal.valueOf(correct.size()), ItemBodies.FRACTION_SCALE,
                                RoundingMode.DOWN);
                BigDecimal rest = BigDecimal.ONE.subtract(share.multiply(BigDecimal.valueOf(correct.size())));
                for (int i = 0; i < texts.size(); i++) {
                    boolean right = correct.contains(i);
                    // The last right choice takes what rounding left over, so that the shares add up to 1.
                    boolean last = right && i == correct.getLast();
                    fractions.add(!right ? BigDecimal.ZERO : last ? share.add(rest) : share);
                }
            }
            List<String> feedback = feedback(texts.size());
            body.put("shuffle", true);
            ArrayNode choices = body.putArray("choices");
            ItemBodies.OptionIds ids = new ItemBodies.OptionIds();
            for (int i = 0; i < texts.size(); i++) {
                ObjectNode choice = choices.addObject();
                choice.put("id", ids.next());
                choice.put("text", texts.get(i));
                choice.set("fraction", ItemBodies.number(fractions.get(i)));
                if (i < feedback.size() && !feedback.get(i).isBlank()) {
                    choice.put("feedback", feedback.get(i));
                }
            }
        }

        private static List<Integer> positions(String cell, int size) {
            List<Integer> positions = new ArrayList<>();
            for (String value : list(cell)) {
                int position;
                if (value.matches("[A-Za-z]")) {
                    position = Character.toUpperCase(value.charAt(0)) - 'A';
                } else if (value.matches("\\d{1,3}")) {
                    position = Integer.parseInt(value) - 1;
                } else {
                    throw new Refused("correct", "bad-choice", "'" + shorten(value)
                            + "' is not a choice position (1, 2, ... or A, B, ...).");
                }
                if (position < 0 || position >= size) {
                    throw new Refused("correct", "bad-choice", "there is no choice " + value + ".");
                }
                positions.add(position);
            }
            return positions.stream().distinct().sorted().toList();
        }

        private void trueFalse(ObjectNode body) {
            String correct = get("correct").toLowerCase(Locale.ROOT);
            boolean value = switch (correct) {
                case "true", "t", "yes" -> true;
                case "false", "f", "no" -> false;
                default -> throw new Refused("correct", "bad-boolean", "a true-false answer is true or false.");
            };
            body.put("answer", value);
            List<String> feedback = feedback(2);
            if (!feedback.isEmpty() && !feedback.get(0).isBlank()) {
                body.put("feedbackTrue", feedback.get(0));
            }
            if (feedback.size() > 1 && !feedback.get(1).isBlank()) {
                body.put("feedbackFalse", feedback.get(1));
            }
        }

        private void numeric(ObjectNode body) {
            List<String> values = list(get("correct"));
            if (values.isEmpty()) {
                throw new Refused("correct", "required", "give the answer, as 9.81, 9.81:0.05 or 9.7..9.9.");
            }
            List<BigDecimal> fractions = fractions(values.size());
            List<String> feedback = feedback(values.size());
            ArrayNode answers = body.putArray("answers");
            for (int i = 0; i < values.size(); i++) {
                String raw = values.get(i);
                BigDecimal value;
                BigDecimal tolerance;
                try {
                    int range = raw.indexOf("..");
                    int colon = raw.indexOf(':');
                    if (range >= 0) {
                        BigDecimal low = new BigDecimal(raw.substring(0, range).strip());
                        BigDecimal high = new BigDecimal(raw.substring(range + 2).strip());
                        value = low.add(high).divide(BigDecimal.TWO, 10, RoundingMode.HALF_EVEN);
                        tolerance = high.subtract(low).abs().divide(BigDecimal.TWO, 10, RoundingMode.HALF_EVEN);
                    } else if (colon >= 0) {
                        value = new BigDecimal(raw.substring(0, colon).strip());
                        tolerance = new BigDecimal(raw.substring(colon + 1).strip()).abs();
                    } else {
                        value = new BigDecimal(raw);
                        tolerance = BigDecimal.ZERO;
                    }
                } catch (NumberFormatException e) {
                    throw new Refused("correct", "bad-number", "'" + shorten(raw) + "' is not a number.");
                }
                ObjectNode answer = answers.addObject();
                answer.set("value", ItemBodies.number(value));
                answer.set("tolerance", ItemBodies.number(tolerance));
                answer.set("fraction", ItemBodies.number(fractions.isEmpty() ? BigDecimal.ONE : fractions.get(i)));
                if (i < feedback.size() && !feedback.get(i).isBlank()) {
                    answer.put("feedback", feedback.get(i));
                }
            }
            body.putArray("units");
            body.put("unitRequired", false);
        }

        private void shortText(ObjectNode body) {
            List<String> texts = list(get("correct"));
            if (texts.isEmpty()) {
                throw new Refused("correct", "required", "list the accepted answers separated by |.");
            }
            List<BigDecimal> fractions = fractions(texts.size());
            List<String> feedback = feedback(texts.size());
            body.put("caseSensitive", false);
            ArrayNode answers = body.putArray("answers");
            for (int i = 0; i < texts.size(); i++) {
                ObjectNode answer = answers.addObject();
                answer.put("text", texts.get(i));
                answer.set("fraction", ItemBodies.number(fractions.isEmpty() ? BigDecimal.ONE : fractions.get(i)));
                if (i < feedback.size() && !feedback.get(i).isBlank()) {
                    answer.put("feedback", feedback.get(i));
                }
            }
        }
    }

    /** A cell's {@code |}-separated values; {@code \|} is a bar and {@code \\} a backslash inside a value. */
    static List<String> list(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length() && (cell.charAt(i + 1) == '|' || cell.charAt(i + 1) == '\\')) {
                current.append(cell.charAt(++i));
            } else if (c == '|') {
                values.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        values.add(current.toString().strip());
        return values;
    }

    static String join(List<String> values) {
        return String.join("|", values.stream().map(v -> v.replace("\\", "\\\\").replace("|", "\\|")).toList());
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    // ---- writing

    @Override
    public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
        StringWriter out = new StringWriter();
        List<WriteResult.Skipped> skipped = new ArrayList<>();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (ItemDraft item : items) {
                String reason = reasonToSkip(item);
                if (reason != null) {
                    skipped.add(new WriteResult.Skipped(Objects.toString(item.externalId(), ""), reason));
                    continue;
                }
                printer.printRecord(row(item));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WriteResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static @Nullable String reasonToSkip(ItemDraft item) {
        if (!TYPES.contains(item.type())) {
            return "the CSV layout has no " + item.type() + " items.";
        }
        if (item.type().equals("numeric") && item.body().path("units").size() > 0) {
            return "the CSV layout has no units for numeric items.";
        }
        if (item.type().equals("short-text") && item.body().path("caseSensitive").asBoolean(false)) {
            return "the CSV layout's short answers are never case-sensitive.";
        }
        return null;
    }

    private static List<String> row(ItemDraft item) {
        JsonNode body = item.body();
        String choices = "";
        String correct = "";
        List<String> fractions = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        switch (item.type()) {
            case "single-choice", "multiple-response" -> {
                List<String> texts = new ArrayList<>();
                List<String> right = new ArrayList<>();
                int position = 1;
                for (JsonNode choice : body.path("choices")) {
                    texts.add(choice.path("text").asString());
                    BigDecimal fraction = ItemBodies.decimal(choice.get("fraction"));
                    if (fraction.signum() > 0 && (item.type().equals("multiple-response")
                            || fraction.compareTo(BigDecimal.ONE) == 0)) {
                        right.add(String.valueOf(position));
                    }
                    fractions.add(ItemBodies.plain(fraction));
                    feedback.add(ItemBodies.text(choice.get("feedback"), ""));
                    position++;
                }
                choices = join(texts);
                correct = String.join("|", right);
            }
            case "true-false" -> {
                correct = String.valueOf(body.path("answer").asBoolean());
                feedback.add(ItemBodies.text(body.get("feedbackTrue"), ""));
                feedback.add(ItemBodies.text(body.get("feedbackFalse"), ""));
            }
            case "numeric" -> {
                List<String> values = new ArrayList<>();
                for (JsonNode answer : body.path("answers")) {
                    values.add(ItemBodies.plain(ItemBodies.decimal(answer.get("value"))) + ":"
                            + ItemBodies.plain(ItemBodies.decimal(answer.get("tolerance"))));
                    fractions.add(ItemBodies.plain(ItemBodies.decimal(answer.get("fraction"))));
                    feedback.add(ItemBodies.text(answer.get("feedback"), ""));
                }
                correct = String.join("|", values);
            }
            case "short-text" -> {
                List<String> values = new ArrayList<>();
                for (JsonNode answer : body.path("answers")) {
                    values.add(answer.path("text").asString());
                    fractions.add(ItemBodies.plain(ItemBodies.decimal(answer.get("fraction"))));
                    feedback.add(ItemBodies.text(answer.get("feedback"), ""));
                }
                correct = join(values);
            }
            default -> {
            }
        }
        boolean anyFeedback = feedback.stream().anyMatch(text -> !text.isBlank());
        return Arrays.asList(item.type(), Objects.toString(item.categoryPath(), ""),
                Objects.toString(item.title(), ""), ItemBodies.text(body.get("prompt"), ""), choices, correct,
                String.join("|", fractions), anyFeedback ? join(feedback) : "", ItemBodies.plain(item.marks()),
                ItemBodies.plain(item.negativeMarks()), item.difficulty().code(),
                Objects.toString(item.primaryConcept(), ""), join(item.secondaryConcepts()),
                Objects.toString(item.explanation(), ""), Objects.toString(item.source(), ""),
                item.year() == null ? "" : String.valueOf(item.year()));
    }
}
