package org.vidya.assessment.exchange.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemBodies;
import org.vidya.assessment.exchange.ItemBodies.OptionIds;
import org.vidya.assessment.exchange.ParseResult;
import org.vidya.assessment.exchange.ParseResult.ItemError;
import org.vidya.assessment.exchange.ParseResult.ParsedItem;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads GIFT as Moodle defines it: questions separated by blank lines, {@code //} comment lines,
 * {@code $CATEGORY:} lines that set the category of the questions after them, and one answer
 * block in braces per question.
 */
final class GiftReader {

    static final String BLANK = "_____";

    private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d{1,3}(?:\\.\\d{1,7})?)%");
    private static final Pattern TRUE_FALSE = Pattern.compile("(?is)^(T|TRUE|F|FALSE)\\s*(#.*)?$");
    private static final Pattern FORMAT = Pattern.compile("^\\s*\\[(markdown|html|plain|moodle)]", Pattern.CASE_INSENSITIVE);

    private final List<ParsedItem> items = new ArrayList<>();
    private final List<ItemError> errors = new ArrayList<>();
    private @Nullable String category;
    private int index;

    private record Line(int number, String text) {
    }

    /** A problem with the item being read; becomes one of its errors. */
    private static final class Refused extends RuntimeException {
        final int line;
        final @Nullable String field;
        final String code;

        Refused(int line, @Nullable String field, String code, String message) {
            super(message);
            this.line = line;
            this.field = field;
            this.code = code;
        }
    }

    ParseResult read(String text) {
        List<Line> block = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (line.isBlank()) {
                flush(block);
                block.clear();
            } else {
                block.add(new Line(i + 1, line));
            }
        }
        flush(block);
        return new ParseResult(items, errors, null);
    }

    private void flush(List<Line> block) {
        if (block.isEmpty()) {
            return;
        }
        List<Line> question = new ArrayList<>(block);
        String first = question.getFirst().text().strip();
        if (first.regionMatches(true, 0, "$CATEGORY:", 0, 10)) {
            category = categoryPath(first.substring(10));
            question.removeFirst();
            if (question.isEmpty()) {
                return;
            }
        }
        int itemIndex = index++;
        int line = question.getFirst().number();
        try {
            ItemDraft draft = question(question);
            items.add(new ParsedItem(itemIndex, line, draft));
        } catch (Refused refused) {
            errors.add(new ItemError(itemIndex, refused.line, refused.field, refused.code,
                    "Item " + (itemIndex + 1) + " (line " + refused.line + "): " + refused.getMessage()));
        }
    }

    /** Moodle writes {@code $course$/top/Physics/Kinematics}; the bank wants {@code Physics/Kinematics}. */
    static @Nullable String categoryPath(String raw) {
        List<String> parts = new ArrayList<>();
        for (String part : raw.strip().split("/")) {
            String name = part.strip();
            if (name.isEmpty() || parts.isEmpty() && (name.startsWith("$") && name.endsWith("$") || name.equals("top"))) {
                continue;
            }
            parts.add(name);
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    private ItemDraft question(List<Line> lines) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = joined.length();
            joined.append(lines.get(i).text());
            if (i < lines.size() - 1) {
                joined.append('\n');
            }
        }
        String text = joined.toString();
        int firstLine = lines.getFirst().number();
        java.util.function.IntUnaryOperator lineAt = offset -> {
            int found = 0;
            for (int i = 0; i < starts.length; i++) {
                if (starts[i] <= offset) {
                    found = i;
                }
            }
            return lines.get(found).number();
        };

        int position = 0;
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        String title = null;
        if (text.startsWith("::", position)) {
            int end = GiftText.indexOfUnescaped(text, "::", position + 2);
            if (end < 0) {
                throw new Refused(firstLine, "title", "unclosed-title", "the title starting with :: is never closed.");
            }
            title = GiftText.unescape(text.substring(position + 2, end)).strip();
            position = end + 2;
        }
        int open = GiftText.indexOfUnescaped(text, "{", position);
        int stray = GiftText.indexOfUnescaped(text, "}", position);
        if (open < 0) {
            if (stray >= 0) {
                throw new Refused(lineAt.applyAsInt(stray), null, "unexpected-brace",
                        "a closing brace } with no opening brace.");
            }
            throw new Refused(firstLine, null, "description-skipped",
                    "a description (text with no answers) is not a question; it was skipped.");
        }
        int close = GiftText.indexOfUnescaped(text, "}", open + 1);
        if (stray >= 0 && stray < open) {
            throw new Refused(lineAt.applyAsInt(stray), null, "unexpected-brace",
                    "a closing brace } before the opening brace.");
        }
        if (close < 0) {
            throw new Refused(lineAt.applyAsInt(open), null, "unclosed-brace",
                    "the brace { opened on line " + lineAt.applyAsInt(open) + " is never closed.");
        }
        int nested = GiftText.indexOfUnescaped(text, "{", open + 1);
        if (nested >= 0 && nested < close) {
            throw new Refused(lineAt.applyAsInt(nested), null, "nested-brace",
                    "a second { inside the answers opened on line " + lineAt.applyAsInt(open) + ".");
        }
        int extra = GiftText.indexOfUnescaped(text, "{", close + 1);
        if (extra >= 0) {
            throw new Refused(lineAt.applyAsInt(extra), null, "extra-answers",
                    "a question has one answer block; a second one starts here.");
        }
        int extraClose = GiftText.indexOfUnescaped(text, "}", close + 1);
        if (extraClose >= 0) {
            throw new Refused(lineAt.applyAsInt(extraClose), null, "unexpected-brace",
                    "a closing brace } with no opening brace.");
        }

        String before = text.substring(position, open);
        Matcher format = FORMAT.matcher(before);
        if (format.find()) {
            before = before.substring(format.end());
        }
        String prompt = GiftText.unescape(before.strip());
        String after = GiftText.unescape(text.substring(close + 1).strip());
        if (!after.isEmpty()) {
            boolean punctuation = !Character.isLetterOrDigit(after.codePointAt(0));
            prompt = (prompt.isEmpty() ? "" : prompt + " ") + BLANK + (punctuation ? "" : " ") + after;
        }

        String inside = text.substring(open + 1, close);
        int answersLine = lineAt.applyAsInt(open);
        String explanation = null;
        int general = GiftText.indexOfUnescaped(inside, "####", 0);
        if (general >= 0) {
            explanation = blankToNull(GiftText.unescape(inside.substring(general + 4).strip()));
            inside = inside.substring(0, general);
        }
        String answers = inside.strip();

        ObjectNode body = ItemBodies.object();
        body.put("prompt", prompt);
        String type;
        if (answers.isEmpty()) {
            type = "essay";
        } else if (answers.startsWith("#")) {
            type = "numeric";
            numeric(body, answers.substring(1), answersLine);
        } else if (TRUE_FALSE.matcher(answers).matches()) {
            type = "true-false";
            trueFalse(body, answers);
        } else {
            List<Answer> parsed = answers(answers, answersLine);
            boolean anyWrong = parsed.stream().anyMatch(a -> a.marker() == '~');
            boolean anyRight = parsed.stream().anyMatch(a -> a.marker() == '=');
            long pairs = parsed.stream().filter(a -> GiftText.indexOfUnescaped(a.raw(), "->", 0) >= 0).count();
            if (anyWrong) {
                type = anyRight ? "single-choice" : "multiple-response";
                choices(body, parsed);
            } else if (pairs == parsed.size()) {
                type = "matching";
                matching(body, parsed, answersLine);
            } else if (pairs > 0) {
                throw new Refused(answersLine, "stems", "mixed-answers",
                        "some answers are matching pairs (a -> b) and some are not.");
            } else {
                type = "short-text";
                shortText(body, parsed);
            }
        }
        ItemDraft draft = ItemDraft.of(type, body).withTitle(title).withExternalId(title).withCategoryPath(category)
                .withExplanation(explanation);
        return draft;
    }

    private record Answer(char marker, @Nullable BigDecimal weight, String raw, @Nullable String feedback) {

        String text() {
            return GiftText.unescape(raw.strip());
        }
    }

    private List<Answer> answers(String answers, int line) {
        List<Answer> result = new ArrayList<>();
        int start = -1;
        char marker = 0;
        for (int i = 0; i <= answers.length(); i++) {
            boolean end = i == answers.length();
            char c = end ? 0 : answers.charAt(i);
            if (!end && c == '\\') {
                i++;
                continue;
            }
            if (end || c == '=' || c == '~') {
                if (start < 0) {
                    if (!end && !answers.substring(0, i).isBlank()) {
                        throw new Refused(line, null, "unexpected-text",
                                "text before the first answer; answers start with = or ~.");
                    }
                } else {
                    result.add(answer(marker, answers.substring(start, i), line));
                }
                start = i + 1;
                marker = c;
            }
        }
        if (result.isEmpty()) {
            throw new Refused(line, null, "no-answers", "the braces hold no answers starting with = or ~.");
        }
        return result;
    }

    private Answer answer(char marker, String raw, int line) {
        BigDecimal weight = null;
        Matcher matcher = WEIGHT.matcher(raw);
        if (matcher.find()) {
            weight = ItemBodies.fromPercent(new BigDecimal(matcher.group(1)));
            raw = raw.substring(matcher.end());
        } else if (raw.stripLeading().startsWith("%")) {
            throw new Refused(line, null, "bad-weight", "a weight is written %50% (a percentage between -100 and 100).");
        }
        String feedback = null;
        int hash = GiftText.indexOfUnescaped(raw, "#", 0);
        if (hash >= 0) {
            feedback = blankToNull(GiftText.unescape(raw.substring(hash + 1).strip()));
            raw = raw.substring(0, hash);
        }
        return new Answer(marker, weight, raw, feedback);
    }

    private static void choices(ObjectNode body, List<Answer> answers) {
        body.put("shuffle", true);
        ArrayNode choices = body.putArray("choices");
        OptionIds ids = new OptionIds();
        for (Answer answer : answers) {
            BigDecimal fraction = answer.weight() != null ? answer.weight()
                    : answer.marker() == '=' ? BigDecimal.ONE : BigDecimal.ZERO;
            ObjectNode choice = choices.addObject();
            choice.put("id", ids.next());
            choice.put("text", answer.text());
            choice.set("fraction", ItemBodies.number(fraction));
            if (answer.feedback() != null) {
                choice.put("feedback", answer.feedback());
            }
        }
    }

    private static void shortText(ObjectNode body, List<Answer> answers) {
        body.put("caseSensitive", false);
        ArrayNode list = body.putArray("answers");
        for (Answer answer : answers) {
            ObjectNode node = list.addObject();
            node.put("text", answer.text());
            node.set("fraction", ItemBodies.number(answer.weight() != null ? answer.weight() : BigDecimal.ONE));
            if (answer.feedback() != null) {
                node.put("feedback", answer.feedback());
            }
        }
    }

    private static void matching(ObjectNode body, List<Answer> answers, int line) {
        body.put("shuffle", true);
        OptionIds ids = new OptionIds();
        Map<String, String> optionIds = new LinkedHashMap<>();
        ArrayNode stems = body.putArray("stems");
        List<String[]> pairs = new ArrayList<>();
        for (Answer answer : answers) {
            String raw = answer.raw();
            int arrow = GiftText.indexOfUnescaped(raw, "->", 0);
            String stem = GiftText.unescape(raw.substring(0, arrow).strip());
            String option = GiftText.unescape(raw.substring(arrow + 2).strip());
            if (option.isEmpty()) {
                throw new Refused(line, "options", "empty-match", "a matching pair has nothing after ->.");
            }
            pairs.add(new String[] {stem, option});
            optionIds.computeIfAbsent(option, key -> ids.next());
        }
        for (String[] pair : pairs) {
            if (pair[0].isEmpty()) {
                continue;
            }
            ObjectNode node = stems.addObject();
            node.put("id", ids.next());
            node.put("text", pair[0]);
            node.put("match", optionIds.get(pair[1]));
        }
        ArrayNode options = body.putArray("options");
        optionIds.forEach((text, id) -> options.addObject().put("id", id).put("text", text));
    }

    private void numeric(ObjectNode body, String content, int line) {
        ArrayNode list = body.putArray("answers");
        String trimmed = content.strip();
        if (GiftText.indexOfUnescaped(trimmed, "=", 0) >= 0) {
            for (Answer answer : answers(trimmed, line)) {
                if (answer.marker() != '=') {
                    throw new Refused(line, "answers", "bad-number",
                            "numeric answers start with = (wrong ones are not listed).");
                }
                BigDecimal fraction = answer.weight() != null ? answer.weight() : BigDecimal.ONE;
                list.add(numericAnswer(answer.raw().strip(), fraction, answer.feedback(), line, list.size()));
            }
        } else {
            Answer answer = answer('=', trimmed, line);
            list.add(numericAnswer(answer.raw().strip(), BigDecimal.ONE, answer.feedback(), line, 0));
        }
        body.putArray("units");
        body.put("unitRequired", false);
    }

    private static ObjectNode numericAnswer(String raw, BigDecimal fraction, @Nullable String feedback, int line,
            int position) {
        String field = "answers[" + position + "].value";
        BigDecimal value;
        BigDecimal tolerance;
        try {
            int range = raw.indexOf("..");
            int colon = raw.indexOf(':');
            if (range >= 0) {
                BigDecimal low = new BigDecimal(raw.substring(0, range).strip());
                BigDecimal high = new BigDecimal(raw.substring(range + 2).strip());
                if (high.compareTo(low) < 0) {
                    throw new Refused(line, field, "bad-range", "the range " + raw + " ends below its start.");
                }
                value = low.add(high).divide(BigDecimal.TWO, 10, RoundingMode.HALF_EVEN);
                tolerance = high.subtract(low).divide(BigDecimal.TWO, 10, RoundingMode.HALF_EVEN);
            } else if (colon >= 0) {
                value = new BigDecimal(raw.substring(0, colon).strip());
                tolerance = new BigDecimal(raw.substring(colon + 1).strip()).abs();
            } else {
                value = new BigDecimal(raw);
                tolerance = BigDecimal.ZERO;
            }
        } catch (NumberFormatException e) {
            throw new Refused(line, field, "bad-number", "'" + shorten(raw) + "' is not a number (write 3.14:0.01 or 1..5).");
        }
        ObjectNode answer = ItemBodies.object();
        answer.set("value", ItemBodies.number(value));
        answer.set("tolerance", ItemBodies.number(tolerance));
        answer.set("fraction", ItemBodies.number(fraction));
        if (feedback != null) {
            answer.put("feedback", feedback);
        }
        return answer;
    }

    private static void trueFalse(ObjectNode body, String answers) {
        int hash = GiftText.indexOfUnescaped(answers, "#", 0);
        String word = (hash < 0 ? answers : answers.substring(0, hash)).strip().toUpperCase(Locale.ROOT);
        boolean value = word.startsWith("T");
        String wrong = null;
        String right = null;
        if (hash >= 0) {
            String rest = answers.substring(hash + 1);
            int second = GiftText.indexOfUnescaped(rest, "#", 0);
            // Moodle's order: the first feedback is for a wrong answer, the second for a right one.
            wrong = blankToNull(GiftText.unescape((second < 0 ? rest : rest.substring(0, second)).strip()));
            right = second < 0 ? null : blankToNull(GiftText.unescape(rest.substring(second + 1).strip()));
        }
        body.put("answer", value);
        String feedbackTrue = value ? right : wrong;
        String feedbackFalse = value ? wrong : right;
        if (feedbackTrue != null) {
            body.put("feedbackTrue", feedbackTrue);
        }
        if (feedbackFalse != null) {
            body.put("feedbackFalse", feedbackFalse);
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
