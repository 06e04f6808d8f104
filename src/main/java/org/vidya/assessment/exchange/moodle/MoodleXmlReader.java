package org.vidya.assessment.exchange.moodle;

import java.math.BigDecimal;
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
import org.vidya.assessment.exchange.moodle.XmlTree.Element;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads Moodle XML ({@code <quiz>} of {@code <question type="...">}) into drafts. */
final class MoodleXmlReader {

    /** Moodle's embedded answers: {@code {weight:TYPE:answers}}. */
    static final Pattern EMBEDDED = Pattern.compile("\\{(\\d*):([A-Za-z_]+):((?:\\\\.|[^}\\\\])*)}");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d{1,3}(?:\\.\\d{1,7})?)%");

    private final List<ParsedItem> items = new ArrayList<>();
    private final List<ItemError> errors = new ArrayList<>();
    private @Nullable String category;

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

    ParseResult read(Element root) {
        if (!root.name.equals("quiz")) {
            return new ParseResult(List.of(), List.of(new ItemError(-1, root.line, null, "not-moodle-xml",
                    "Line " + root.line + ": a Moodle XML file starts with <quiz>, not <" + root.name + ">.")), null);
        }
        int index = 0;
        for (Element question : root.all("question")) {
            String type = question.attribute("type");
            if ("category".equals(type)) {
                String path = question.textOf("category");
                category = path == null ? null : categoryPath(path);
                continue;
            }
            int itemIndex = index++;
            try {
                items.add(new ParsedItem(itemIndex, question.line, draft(question, type == null ? "" : type)));
            } catch (Refused refused) {
                errors.add(new ItemError(itemIndex, refused.line, refused.field, refused.code,
                        "Item " + (itemIndex + 1) + " (line " + refused.line + "): " + refused.getMessage()));
            }
        }
        return new ParseResult(items, errors, null);
    }

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

    private ItemDraft draft(Element question, String type) {
        ObjectNode body = ItemBodies.object();
        String prompt = orEmpty(question.textOf("questiontext"));
        String vidyaType = switch (type) {
            case "multichoice" -> {
                body.put("prompt", prompt);
                boolean single = bool(question.textOf("single"), true);
                body.put("shuffle", bool(question.textOf("shuffleanswers"), true));
                choices(body, question);
                yield single ? "single-choice" : "multiple-response";
            }
            case "truefalse" -> {
                body.put("prompt", prompt);
                trueFalse(body, question);
                yield "true-false";
            }
            case "shortanswer" -> {
                body.put("prompt", prompt);
                body.put("caseSensitive", bool(question.textOf("usecase"), false));
                shortAnswers(body, question);
                yield "short-text";
            }
            case "numerical" -> {
                body.put("prompt", prompt);
                numerical(body, question);
                yield "numeric";
            }
            case "essay" -> {
                body.put("prompt", prompt);
                essay(body, question);
                yield "essay";
            }
            case "matching" -> {
                body.put("prompt", prompt);
                body.put("shuffle", bool(question.textOf("shuffleanswers"), true));
                matching(body, question);
                yield "matching";
            }
            case "ordering" -> {
                body.put("prompt", prompt);
                ordering(body, question);
                yield "ordering";
            }
            case "cloze", "multianswer" -> {
                cloze(body, prompt, question.line);
                yield "cloze";
            }
            case "description" -> throw new Refused(question.line, null, "description-skipped",
                    "a description holds no question; it was skipped.");
            default -> throw new Refused(question.line, "type", "unsupported-question-type",
                    "Moodle's '" + type + "' questions have no Vidya item type; it was skipped.");
        };
        String title = question.textOf("name");
        String idNumber = question.textOf("idnumber");
        ItemDraft draft = ItemDraft.of(vidyaType, body).withTitle(blankToNull(title))
                .withExternalId(blankToNull(idNumber) != null ? idNumber : blankToNull(title))
                .withCategoryPath(category).withExplanation(blankToNull(question.textOf("generalfeedback")));
        String grade = question.textOf("defaultgrade");
        if (grade != null && !grade.isBlank()) {
            draft = draft.withMarks(decimal(grade, question, "marks"), BigDecimal.ZERO);
        }
        Element tags = question.child("tags");
        if (tags != null) {
            List<String> concepts = tags.all("tag").stream().map(Element::content).map(MoodleXmlReader::conceptKey)
                    .filter(key -> !key.isEmpty()).distinct().limit(21).toList();
            if (!concepts.isEmpty()) {
                draft = draft.withConcepts(concepts.getFirst(), concepts.subList(1, concepts.size()));
            }
        }
        return draft;
    }

    /** A Moodle tag as a concept key: lower case, spaces as dashes, other characters left out. */
    static String conceptKey(String tag) {
        String key = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replaceAll("[^a-z0-9._-]", "")
                .replaceAll("^[._-]+", "");
        return key.length() > 100 ? key.substring(0, 100) : key;
    }

    private static void choices(ObjectNode body, Element question) {
        ArrayNode choices = body.putArray("choices");
        OptionIds ids = new OptionIds();
        for (Element answer : question.all("answer")) {
            ObjectNode choice = choices.addObject();
            choice.put("id", ids.next());
            choice.put("text", answer.content());
            choice.set("fraction", ItemBodies.number(fraction(answer)));
            feedback(choice, answer);
        }
    }

    private static void trueFalse(ObjectNode body, Element question) {
        Boolean answer = null;
        for (Element option : question.all("answer")) {
            boolean isTrue = option.content().toLowerCase(Locale.ROOT).startsWith("t");
            if (fraction(option).compareTo(BigDecimal.ONE) == 0) {
                answer = isTrue;
            }
            String feedback = option.textOf("feedback");
            if (feedback != null && !feedback.isBlank()) {
                body.put(isTrue ? "feedbackTrue" : "feedbackFalse", feedback);
            }
        }
        if (answer == null) {
            throw new Refused(question.line, "answer", "no-correct-answer", "neither true nor false has fraction 100.");
        }
        body.put("answer", answer);
    }

    private static void shortAnswers(ObjectNode body, Element question) {
        ArrayNode answers = body.putArray("answers");
        for (Element answer : question.all("answer")) {
            ObjectNode node = answers.addObject();
            node.put("text", answer.content());
            node.set("fraction", ItemBodies.number(fraction(answer)));
            feedback(node, answer);
        }
    }

    private static void numerical(ObjectNode body, Element question) {
        ArrayNode answers = body.putArray("answers");
        for (Element answer : question.all("answer")) {
            String value = answer.content();
            if (value.equals("*")) {
                // Moodle's catch-all answer only carries feedback for anything else; Vidya has no such answer.
                continue;
            }
            ObjectNode node = answers.addObject();
            node.set("value", ItemBodies.number(decimal(value, answer, "answers[" + (answers.size() - 1) + "].value")));
            String tolerance = answer.textOf("tolerance");
            node.set("tolerance", ItemBodies.number(tolerance == null || tolerance.isBlank() ? BigDecimal.ZERO
                    : decimal(tolerance, answer, "answers[" + (answers.size() - 1) + "].tolerance").abs()));
            node.set("fraction", ItemBodies.number(fraction(answer)));
            feedback(node, answer);
        }
        ArrayNode units = body.putArray("units");
        Element unitList = question.child("units");
        if (unitList != null) {
            for (Element unit : unitList.all("unit")) {
                ObjectNode node = units.addObject();
                node.put("unit", orEmpty(unit.textOf("unit_name")));
                String multiplier = unit.textOf("multiplier");
                node.set("multiplier", ItemBodies.number(multiplier == null || multiplier.isBlank() ? BigDecimal.ONE
                        : decimal(multiplier, unit, "units[" + (units.size() - 1) + "].multiplier")));
            }
        }
        String grading = question.textOf("unitgradingtype");
        body.put("unitRequired", units.size() > 0 && grading != null && !grading.isBlank() && !grading.equals("0"));
    }

    private static void essay(ObjectNode body, Element question) {
        String guidance = question.textOf("graderinfo");
        if (guidance != null && !guidance.isBlank()) {
            body.put("guidance", guidance);
        }
        String min = question.textOf("minwordlimit");
        if (min != null && !min.isBlank() && !min.equals("0")) {
            body.set("minWords", ItemBodies.number(decimal(min, question, "minWords")));
        }
        String max = question.textOf("maxwordlimit");
        if (max != null && !max.isBlank() && !max.equals("0")) {
            body.set("maxWords", ItemBodies.number(decimal(max, question, "maxWords")));
        }
    }

    private static void matching(ObjectNode body, Element question) {
        OptionIds ids = new OptionIds();
        Map<String, String> options = new LinkedHashMap<>();
        ArrayNode stems = body.putArray("stems");
        List<String[]> pairs = new ArrayList<>();
        for (Element sub : question.all("subquestion")) {
            String stem = sub.content();
            Element answer = sub.child("answer");
            String option = answer == null ? "" : answer.content();
            if (option.isBlank()) {
                if (stem.isBlank()) {
                    continue;
                }
                throw new Refused(sub.line, "stems", "empty-match", "a subquestion has no answer to match.");
            }
            options.computeIfAbsent(option, key -> ids.next());
            pairs.add(new String[] {stem, option});
        }
        for (String[] pair : pairs) {
            if (pair[0].isBlank()) {
                continue;
            }
            ObjectNode node = stems.addObject();
            node.put("id", ids.next());
            node.put("text", pair[0]);
            node.put("match", options.get(pair[1]));
        }
        ArrayNode list = body.putArray("options");
        options.forEach((text, id) -> list.addObject().put("id", id).put("text", text));
    }

    private static void ordering(ObjectNode body, Element question) {
        String grading = orEmpty(question.textOf("gradingtype")).toUpperCase(Locale.ROOT);
        body.put("grading", grading.equals("ALL_OR_NOTHING") || grading.equals("-1") ? "all-or-nothing" : "partial");
        // The plugin writes each answer's place in the right order as its fraction.
        List<Element> answers = new ArrayList<>(question.all("answer"));
        answers.sort(java.util.Comparator.comparing(MoodleXmlReader::rawFraction));
        ArrayNode list = body.putArray("items");
        OptionIds ids = new OptionIds();
        for (Element answer : answers) {
            list.addObject().put("id", ids.next()).put("text", answer.content());
        }
    }

    private static void cloze(ObjectNode body, String text, int line) {
        Matcher matcher = EMBEDDED.matcher(text);
        StringBuilder out = new StringBuilder();
        ArrayNode gaps = ItemBodies.array();
        OptionIds ids = new OptionIds();
        int number = 0;
        while (matcher.find()) {
            number++;
            String gapId = "g" + number;
            String kind = matcher.group(2).toUpperCase(Locale.ROOT);
            ObjectNode gap = gaps.addObject();
            gap.put("id", gapId);
            String weight = matcher.group(1);
            gap.set("weight", ItemBodies.number(weight.isEmpty() ? BigDecimal.ONE : new BigDecimal(weight)));
            ObjectNode gapBody = ItemBodies.object();
            List<String[]> answers = embeddedAnswers(matcher.group(3), line, number);
            switch (kind) {
                case "SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC" -> {
                    gap.put("type", "short-text");
                    if (kind.endsWith("C")) {
                        gapBody.put("caseSensitive", true);
                    }
                    ArrayNode list = gapBody.putArray("answers");
                    for (String[] answer : answers) {
                        ObjectNode node = list.addObject().put("text", answer[1]);
                        node.set("fraction", ItemBodies.number(new BigDecimal(answer[0])));
                        putFeedback(node, answer[2]);
                    }
                }
                case "NUMERICAL", "NM" -> {
                    gap.put("type", "numeric");
                    ArrayNode list = gapBody.putArray("answers");
                    for (String[] answer : answers) {
                        String[] valueAndTolerance = answer[1].split(":", 2);
                        ObjectNode node = list.addObject();
                        try {
                            node.set("value", ItemBodies.number(new BigDecimal(valueAndTolerance[0].strip())));
                            node.set("tolerance", ItemBodies.number(valueAndTolerance.length > 1
                                    ? new BigDecimal(valueAndTolerance[1].strip()).abs() : BigDecimal.ZERO));
                        } catch (NumberFormatException e) {
                            throw new Refused(line, "gaps[" + (number - 1) + "]", "bad-number",
                                    "gap " + number + ": '" + answer[1] + "' is not a number.");
                        }
                        node.set("fraction", ItemBodies.number(new BigDecimal(answer[0])));
                        putFeedback(node, answer[2]);
                    }
                }
                case "MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH", "MULTICHOICE_S", "MCS",
                        "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS" -> {
                    gap.put("type", "single-choice");
                    if (kind.endsWith("S")) {
                        gapBody.put("shuffle", true);
                    }
                    ArrayNode list = gapBody.putArray("choices");
                    for (String[] answer : answers) {
                        ObjectNode node = list.addObject().put("id", ids.next()).put("text", answer[1]);
                        node.set("fraction", ItemBodies.number(new BigDecimal(answer[0])));
                        putFeedback(node, answer[2]);
                    }
                }
                default -> throw new Refused(line, "gaps[" + (number - 1) + "]", "unsupported-gap",
                        "gap " + number + " is " + kind + "; Vidya's gaps are short answer, numerical or multiple choice"
                                + " with one answer.");
            }
            gap.set("body", gapBody);
            matcher.appendReplacement(out, Matcher.quoteReplacement("{{" + gapId + "}}"));
        }
        matcher.appendTail(out);
        if (number == 0) {
            throw new Refused(line, "text", "no-gaps", "an embedded answers question has no {1:TYPE:...} gaps.");
        }
        body.put("text", out.toString());
        body.set("gaps", gaps);
    }

    /** Each answer as fraction, text, feedback; {@code =} is full credit, {@code %50%} a weight. */
    private static List<String[]> embeddedAnswers(String raw, int line, int gap) {
        List<String[]> answers = new ArrayList<>();
        for (String part : splitUnescaped(raw, '~')) {
            String answer = part.strip();
            if (answer.isEmpty()) {
                continue;
            }
            BigDecimal fraction = BigDecimal.ZERO;
            if (answer.startsWith("=")) {
                fraction = BigDecimal.ONE;
                answer = answer.substring(1);
            } else {
                Matcher weight = WEIGHT.matcher(answer);
                if (weight.find()) {
                    fraction = ItemBodies.fromPercent(new BigDecimal(weight.group(1)));
                    answer = answer.substring(weight.end());
                }
            }
            List<String> textAndFeedback = splitUnescaped(answer, '#');
            String text = unescapeEmbedded(textAndFeedback.getFirst()).strip();
            String feedback = textAndFeedback.size() > 1
                    ? unescapeEmbedded(String.join("#", textAndFeedback.subList(1, textAndFeedback.size()))).strip()
                    : "";
            answers.add(new String[] {ItemBodies.plain(fraction), text, feedback});
        }
        if (answers.isEmpty()) {
            throw new Refused(line, "gaps[" + (gap - 1) + "]", "no-answers", "gap " + gap + " has no answers.");
        }
        return answers;
    }

    static List<String> splitUnescaped(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String unescapeEmbedded(String text) {
        return text.replaceAll("\\\\([~#}{\\\\/\"])", "$1");
    }

    private static void putFeedback(ObjectNode node, String feedback) {
        if (!feedback.isBlank()) {
            node.put("feedback", feedback);
        }
    }

    private static void feedback(ObjectNode node, Element answer) {
        String feedback = answer.textOf("feedback");
        if (feedback != null && !feedback.isBlank()) {
            node.put("feedback", feedback);
        }
    }

    private static BigDecimal fraction(Element answer) {
        return ItemBodies.fromPercent(rawFraction(answer));
    }

    private static BigDecimal rawFraction(Element answer) {
        String value = answer.attribute("fraction");
        if (value == null || value.isBlank()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Refused(answer.line, "fraction", "bad-number", "fraction '" + value + "' is not a number.");
        }
    }

    private static BigDecimal decimal(String value, Element where, String field) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new Refused(where.line, field, "bad-number", "'" + value.strip() + "' is not a number.");
        }
    }

    private static boolean bool(@Nullable String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return value.equalsIgnoreCase("true") || value.equals("1");
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
