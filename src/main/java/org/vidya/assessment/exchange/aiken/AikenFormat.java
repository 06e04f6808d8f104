package org.vidya.assessment.exchange.aiken;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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
 * Moodle's Aiken format: a question (one or more lines), options {@code A.} or {@code A)} one per
 * line, then {@code ANSWER: B}. Single choice only; questions are separated by blank lines or
 * simply follow an {@code ANSWER:} line.
 */
@Component
public class AikenFormat implements ItemFormat {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)]\\s+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*([A-Z])\\s*$");

    @Override
    public String id() {
        return "aiken";
    }

    @Override
    public String mediaType() {
        return "text/plain;charset=UTF-8";
    }

    @Override
    public String fileExtension() {
        return "aiken.txt";
    }

    @Override
    public ParseResult parse(byte[] content) {
        String text;
        try {
            text = FileText.decode(content);
        } catch (UnreadableFile refused) {
            return refused.toResult();
        }
        List<ParsedItem> items = new ArrayList<>();
        List<ItemError> errors = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int index = 0;
        int start = -1;
        StringBuilder prompt = new StringBuilder();
        List<String[]> options = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                if (start >= 0 && !options.isEmpty()) {
                    errors.add(error(index++, start, "missing-answer",
                            "the options are not followed by an ANSWER: line."));
                    start = -1;
                    prompt.setLength(0);
                    options.clear();
                }
                continue;
            }
            if (start < 0) {
                start = number;
            }
            Matcher answer = ANSWER.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (answer.matches()) {
                int itemIndex = index++;
                String key = answer.group(1);
                if (prompt.isEmpty()) {
                    errors.add(error(itemIndex, start, "missing-question", "an ANSWER: line with no question before it."));
                } else if (options.size() < 2) {
                    errors.add(error(itemIndex, start, "too-few-options", "a question needs at least two options A. and B."));
                } else if (options.stream().noneMatch(o -> o[0].equals(key))) {
                    errors.add(error(itemIndex, number, "unknown-answer", "ANSWER: " + key + " names no option."));
                } else {
                    items.add(new ParsedItem(itemIndex, start, draft(prompt.toString(), options, key)));
                }
                start = -1;
                prompt.setLength(0);
                options.clear();
            } else if (option.matches() && !prompt.isEmpty()) {
                String letter = option.group(1);
                char expected = (char) ('A' + options.size());
                if (letter.charAt(0) != expected) {
                    errors.add(error(index, number, "option-out-of-order",
                            "option " + letter + " where " + expected + " was expected; it is read as an option anyway."));
                }
                options.add(new String[] {letter, option.group(2).strip()});
            } else if (options.isEmpty()) {
                prompt.append(prompt.isEmpty() ? "" : "\n").append(line);
            } else {
                errors.add(error(index, number, "unexpected-line",
                        "a line that is neither an option (A. text) nor ANSWER: X after the options."));
            }
        }
        if (start >= 0) {
            errors.add(error(index, start, "missing-answer", "the question has no ANSWER: line."));
        }
        return new ParseResult(items, errors, null);
    }

    private static ItemError error(int index, int line, String code, String message) {
        return new ItemError(index, line, null, code, "Item " + (index + 1) + " (line " + line + "): " + message);
    }

    private static ItemDraft draft(String prompt, List<String[]> options, String key) {
        ObjectNode body = ItemBodies.object();
        body.put("prompt", prompt);
        body.put("shuffle", true);
        ArrayNode choices = body.putArray("choices");
        ItemBodies.OptionIds ids = new ItemBodies.OptionIds();
        for (String[] option : options) {
            ObjectNode choice = choices.addObject();
            choice.put("id", ids.next());
            choice.put("text", option[1]);
            choice.put("fraction", option[0].equals(key) ? 1 : 0);
        }
        return ItemDraft.of("single-choice", body);
    }

    @Override
    public WriteResult write(List<ItemDraft> items, QuizImports.@Nullable Outline test) {
        StringBuilder out = new StringBuilder();
        List<WriteResult.Skipped> skipped = new ArrayList<>();
        for (ItemDraft item : items) {
            String reason = reasonToSkip(item);
            if (reason != null) {
                skipped.add(new WriteResult.Skipped(Objects.toString(item.externalId(), ""), reason));
                continue;
            }
            JsonNode body = item.body();
            out.append(body.path("prompt").asString().strip()).append('\n');
            char letter = 'A';
            char key = 'A';
            for (JsonNode choice : body.path("choices")) {
                if (ItemBodies.decimal(choice.get("fraction")).compareTo(BigDecimal.ONE) == 0) {
                    key = letter;
                }
                out.append(letter).append(". ").append(choice.path("text").asString().strip()).append('\n');
                letter++;
            }
            out.append("ANSWER: ").append(key).append("\n\n");
        }
        return new WriteResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static @Nullable String reasonToSkip(ItemDraft item) {
        if (!item.type().equals("single-choice")) {
            return "Aiken holds single-choice questions only.";
        }
        JsonNode choices = item.body().path("choices");
        if (choices.size() > 26) {
            return "Aiken letters options A to Z.";
        }
        String prompt = item.body().path("prompt").asString();
        if (prompt.isBlank() || prompt.lines().anyMatch(line -> line.isBlank() || OPTION.matcher(line.strip()).matches()
                || ANSWER.matcher(line.strip()).matches())) {
            return "the question text has blank lines or lines Aiken would read as options.";
        }
        for (JsonNode choice : choices) {
            BigDecimal fraction = ItemBodies.decimal(choice.get("fraction"));
            if (fraction.signum() != 0 && fraction.compareTo(BigDecimal.ONE) != 0) {
                return "Aiken has no partial credit.";
            }
            if (choice.path("text").asString().contains("\n") || choice.path("text").asString().isBlank()) {
                return "Aiken options are one line each.";
            }
        }
        return null;
    }
}
