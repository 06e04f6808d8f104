package org.vidya.assessment.exchange.moodle;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemBodies;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.exchange.WriteResult.Skipped;

import tools.jackson.databind.JsonNode;

/** Writes drafts as Moodle XML that Moodle and {@link MoodleXmlReader} read back. */
final class MoodleXmlWriter {

    private static final Pattern GAP = Pattern.compile("\\{\\{([A-Za-z0-9_-]+)}}");

    private final StringBuilder out = new StringBuilder();
    private final List<Skipped> skipped = new ArrayList<>();

    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason);
        }
    }

    WriteResult write(List<ItemDraft> items) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String category = null;
        int written = 0;
        for (ItemDraft item : items) {
            StringBuilder question = new StringBuilder();
            try {
                question(question, item);
            } catch (Skip skip) {
                skipped.add(new Skipped(Objects.toString(item.externalId(), ""), skip.getMessage()));
                continue;
            }
            if (!Objects.equals(item.categoryPath(), category) && (item.categoryPath() != null || written > 0)) {
                category = item.categoryPath();
                // Moodle's top category stands for "no category" and reads back as none.
                out.append("  <question type=\"category\">\n    <category><text>")
                        .append(escape(category == null ? "$course$/top" : "$course$/top/" + category))
                        .append("</text></category>\n  </question>\n");
            }
            written++;
            out.append(question);
        }
        out.append("</quiz>\n");
        return new WriteResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private void question(StringBuilder q, ItemDraft item) {
        JsonNode body = item.body();
        String moodleType = switch (item.type()) {
            case "single-choice", "multiple-response" -> "multichoice";
            case "true-false" -> "truefalse";
            case "short-text" -> "shortanswer";
            case "numeric" -> "numerical";
            case "essay" -> "essay";
            case "matching" -> "matching";
            case "ordering" -> "ordering";
            case "cloze" -> "cloze";
            default -> throw new Skip("Moodle XML has no " + item.type() + " questions.");
        };
        String prompt = item.type().equals("cloze") ? clozeText(body) : ItemBodies.text(body.get("prompt"), "");
        String name = item.title() != null && !item.title().isBlank() ? item.title() : shorten(prompt);
        q.append("  <question type=\"").append(moodleType).append("\">\n");
        q.append("    <name><text>").append(escape(name)).append("</text></name>\n");
        text(q, "questiontext", prompt);
        text(q, "generalfeedback", Objects.toString(item.explanation(), ""));
        q.append("    <defaultgrade>").append(ItemBodies.plain(item.marks())).append("</defaultgrade>\n");
        q.append("    <penalty>0</penalty>\n    <hidden>0</hidden>\n");
        if (item.externalId() != null) {
            q.append("    <idnumber>").append(escape(item.externalId())).append("</idnumber>\n");
        }
        switch (item.type()) {
            case "single-choice", "multiple-response" -> {
                q.append("    <single>").append(item.type().equals("single-choice")).append("</single>\n");
                q.append("    <shuffleanswers>").append(body.path("shuffle").asBoolean(true)).append("</shuffleanswers>\n");
                q.append("    <answernumbering>abc</answernumbering>\n");
                for (JsonNode choice : body.path("choices")) {
                    answer(q, ItemBodies.decimal(choice.get("fraction")), ItemBodies.text(choice.get("text"), ""),
                            choice.get("feedback"), "");
                }
            }
            case "true-false" -> {
                boolean value = body.path("answer").asBoolean();
                answer(q, value ? BigDecimal.ONE : BigDecimal.ZERO, "true", body.get("feedbackTrue"), "");
                answer(q, value ? BigDecimal.ZERO : BigDecimal.ONE, "false", body.get("feedbackFalse"), "");
            }
            case "short-text" -> {
                q.append("    <usecase>").append(body.path("caseSensitive").asBoolean(false) ? 1 : 0).append("</usecase>\n");
                for (JsonNode answer : body.path("answers")) {
                    answer(q, ItemBodies.decimal(answer.get("fraction")), ItemBodies.text(answer.get("text"), ""),
                            answer.get("feedback"), "");
                }
            }
            case "numeric" -> numeric(q, body);
            case "essay" -> {
                q.append("    <responseformat>editor</responseformat>\n    <responserequired>1</responserequired>\n");
                q.append("    <responsefieldlines>15</responsefieldlines>\n");
                if (body.path("minWords").isNumber()) {
                    q.append("    <minwordlimit>").append(body.get("minWords").asInt()).append("</minwordlimit>\n");
                }
                if (body.path("maxWords").isNumber()) {
                    q.append("    <maxwordlimit>").append(body.get("maxWords").asInt()).append("</maxwordlimit>\n");
                }
                text(q, "graderinfo", ItemBodies.text(body.get("guidance"), ""));
            }
            case "matching" -> matching(q, body);
            case "ordering" -> {
                q.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n");
                q.append("    <selectcount>0</selectcount>\n    <gradingtype>")
                        .append("all-or-nothing".equals(body.path("grading").asString()) ? "ALL_OR_NOTHING"
                                : "ABSOLUTE_POSITION")
                        .append("</gradingtype>\n    <showgrading>SHOW</showgrading>\n");
                int position = 1;
                for (JsonNode entry : body.path("items")) {
                    q.append("    <answer fraction=\"").append(position++).append(".0000000\" format=\"markdown\">\n")
                            .append("      <text>").append(escape(ItemBodies.text(entry.get("text"), "")))
                            .append("</text>\n    </answer>\n");
                }
            }
            default -> {
            }
        }
        List<String> concepts = new ArrayList<>();
        if (item.primaryConcept() != null) {
            concepts.add(item.primaryConcept());
        }
        concepts.addAll(item.secondaryConcepts());
        if (!concepts.isEmpty()) {
            q.append("    <tags>\n");
            for (String concept : concepts) {
                q.append("      <tag><text>").append(escape(concept)).append("</text></tag>\n");
            }
            q.append("    </tags>\n");
        }
        q.append("  </question>\n");
    }

    private static void numeric(StringBuilder q, JsonNode body) {
        for (JsonNode answer : body.path("answers")) {
            q.append("    <answer fraction=\"").append(ItemBodies.toPercent(ItemBodies.decimal(answer.get("fraction"))))
                    .append("\" format=\"markdown\">\n      <text>")
                    .append(ItemBodies.plain(ItemBodies.decimal(answer.get("value")))).append("</text>\n");
            q.append("      <tolerance>").append(ItemBodies.plain(ItemBodies.decimal(answer.get("tolerance"))))
                    .append("</tolerance>\n");
            feedback(q, answer.get("feedback"));
            q.append("    </answer>\n");
        }
        JsonNode units = body.path("units");
        boolean required = body.path("unitRequired").asBoolean(false);
        q.append("    <unitgradingtype>").append(required ? 1 : 0).append("</unitgradingtype>\n");
        q.append("    <unitpenalty>0.1000000</unitpenalty>\n");
        q.append("    <showunits>").append(units.isEmpty() ? 3 : 0).append("</showunits>\n");
        q.append("    <unitsleft>0</unitsleft>\n");
        if (!units.isEmpty()) {
            q.append("    <units>\n");
            for (JsonNode unit : units) {
                q.append("      <unit>\n        <multiplier>")
                        .append(ItemBodies.plain(ItemBodies.decimal(unit.get("multiplier"))))
                        .append("</multiplier>\n        <unit_name>").append(escape(ItemBodies.text(unit.get("unit"), "")))
                        .append("</unit_name>\n      </unit>\n");
            }
            q.append("    </units>\n");
        }
    }

    private static void matching(StringBuilder q, JsonNode body) {
        q.append("    <shuffleanswers>").append(body.path("shuffle").asBoolean(true)).append("</shuffleanswers>\n");
        Map<String, String> options = new HashMap<>();
        for (JsonNode option : body.path("options")) {
            options.put(ItemBodies.text(option.get("id"), ""), ItemBodies.text(option.get("text"), ""));
        }
        List<String> used = new ArrayList<>();
        for (JsonNode stem : body.path("stems")) {
            String match = ItemBodies.text(stem.get("match"), "");
            if (!options.containsKey(match)) {
                throw new Skip("a stem matches no option.");
            }
            used.add(match);
            q.append("    <subquestion format=\"markdown\">\n      <text>")
                    .append(escape(ItemBodies.text(stem.get("text"), ""))).append("</text>\n      <answer><text>")
                    .append(escape(options.get(match))).append("</text></answer>\n    </subquestion>\n");
        }
        for (JsonNode option : body.path("options")) {
            if (!used.contains(ItemBodies.text(option.get("id"), ""))) {
                // Moodle's distractor: a subquestion with no text and only an answer.
                q.append("    <subquestion format=\"markdown\">\n      <text></text>\n      <answer><text>")
                        .append(escape(ItemBodies.text(option.get("text"), ""))).append("</text></answer>\n")
                        .append("    </subquestion>\n");
            }
        }
    }

    private static String clozeText(JsonNode body) {
        Map<String, JsonNode> gaps = new HashMap<>();
        for (JsonNode gap : body.path("gaps")) {
            gaps.put(ItemBodies.text(gap.get("id"), ""), gap);
        }
        Matcher matcher = GAP.matcher(ItemBodies.text(body.get("text"), ""));
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            JsonNode gap = gaps.get(matcher.group(1));
            if (gap == null) {
                throw new Skip("the text names a gap {{" + matcher.group(1) + "}} that does not exist.");
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(embedded(gap)));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    private static String embedded(JsonNode gap) {
        JsonNode body = gap.path("body");
        String weight = ItemBodies.plain(ItemBodies.decimal(gap.get("weight")).max(BigDecimal.ONE).setScale(0,
                java.math.RoundingMode.HALF_UP));
        StringBuilder marker = new StringBuilder("{").append(weight).append(':');
        List<String> answers = new ArrayList<>();
        switch (ItemBodies.text(gap.get("type"), "")) {
            case "short-text" -> {
                marker.append(body.path("caseSensitive").asBoolean(false) ? "SHORTANSWER_C:" : "SHORTANSWER:");
                for (JsonNode answer : body.path("answers")) {
                    answers.add(embeddedAnswer(answer.get("fraction"), ItemBodies.text(answer.get("text"), ""),
                            answer.get("feedback")));
                }
            }
            case "numeric" -> {
                marker.append("NUMERICAL:");
                for (JsonNode answer : body.path("answers")) {
                    answers.add(embeddedAnswer(answer.get("fraction"),
                            ItemBodies.plain(ItemBodies.decimal(answer.get("value"))) + ":"
                                    + ItemBodies.plain(ItemBodies.decimal(answer.get("tolerance"))),
                            answer.get("feedback")));
                }
            }
            case "single-choice" -> {
                marker.append(body.path("shuffle").asBoolean(false) ? "MULTICHOICE_S:" : "MULTICHOICE:");
                for (JsonNode choice : body.path("choices")) {
                    answers.add(embeddedAnswer(choice.get("fraction"), ItemBodies.text(choice.get("text"), ""),
                            choice.get("feedback")));
                }
            }
            default -> throw new Skip("Moodle's embedded answers have no " + gap.path("type").asString() + " gaps.");
        }
        return marker.append(String.join("~", answers)).append('}').toString();
    }

    private static String embeddedAnswer(@Nullable JsonNode fraction, String text, @Nullable JsonNode feedback) {
        BigDecimal value = ItemBodies.decimal(fraction);
        String prefix = value.compareTo(BigDecimal.ONE) == 0 ? "="
                : value.signum() == 0 ? "" : "%" + ItemBodies.toPercent(value) + "%";
        String answer = prefix + escapeEmbedded(text);
        if (feedback != null && feedback.isString() && !feedback.asString().isBlank()) {
            answer += "#" + escapeEmbedded(feedback.asString());
        }
        return answer;
    }

    private static String escapeEmbedded(String text) {
        return text.replace("\\", "\\\\").replace("~", "\\~").replace("#", "\\#").replace("}", "\\}")
                .replace("{", "\\{");
    }

    private static void answer(StringBuilder q, BigDecimal fraction, String text, @Nullable JsonNode feedback,
            String extra) {
        q.append("    <answer fraction=\"").append(ItemBodies.toPercent(fraction)).append("\" format=\"markdown\">\n")
                .append("      <text>").append(escape(text)).append("</text>\n").append(extra);
        feedback(q, feedback);
        q.append("    </answer>\n");
    }

    private static void feedback(StringBuilder q, @Nullable JsonNode feedback) {
        String text = feedback != null && feedback.isString() ? feedback.asString() : "";
        q.append("      <feedback format=\"markdown\"><text>").append(escape(text)).append("</text></feedback>\n");
    }

    private static void text(StringBuilder q, String element, String text) {
        q.append("    <").append(element).append(" format=\"markdown\">\n      <text>").append(escape(text))
                .append("</text>\n    </").append(element).append(">\n");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    // Characters XML 1.0 cannot hold are dropped rather than written as a broken file.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > 80 ? line.substring(0, 80) : line;
    }
}
