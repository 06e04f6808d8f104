package org.vidya.assessment.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/** The answers of an item body as a teacher checks them in an import preview, whatever the type. */
final class AnswerSummaries {

    private AnswerSummaries() {
    }

    static List<ImportReport.Answer> of(String type, JsonNode body) {
        List<ImportReport.Answer> answers = new ArrayList<>();
        switch (type) {
            case "single-choice" -> choices(answers, body, "", true);
            case "multiple-response" -> choices(answers, body, "", false);
            case "true-false" -> {
                boolean value = body.path("answer").asBoolean();
                answers.add(new ImportReport.Answer("True", value ? BigDecimal.ONE : BigDecimal.ZERO,
                        ItemBodies.optionalText(body, "feedbackTrue"), value));
                answers.add(new ImportReport.Answer("False", value ? BigDecimal.ZERO : BigDecimal.ONE,
                        ItemBodies.optionalText(body, "feedbackFalse"), !value));
            }
            case "short-text" -> shortText(answers, body, "");
            case "numeric" -> numeric(answers, body, "");
            case "matching" -> {
                Map<String, String> options = new HashMap<>();
                body.path("options").forEach(option -> options.put(option.path("id").asString(),
                        option.path("text").asString()));
                List<String> matched = new ArrayList<>();
                for (JsonNode stem : body.path("stems")) {
                    String match = stem.path("match").asString();
                    matched.add(match);
                    answers.add(new ImportReport.Answer(stem.path("text").asString() + " → "
                            + options.getOrDefault(match, "?"), null, null, true));
                }
                body.path("options").forEach(option -> {
                    if (!matched.contains(option.path("id").asString())) {
                        answers.add(new ImportReport.Answer(option.path("text").asString(), null, null, false));
                    }
                });
            }
            case "ordering" -> {
                int position = 1;
                for (JsonNode item : body.path("items")) {
                    answers.add(new ImportReport.Answer(position++ + ". " + item.path("text").asString(), null, null,
                            true));
                }
            }
            case "cloze" -> {
                for (JsonNode gap : body.path("gaps")) {
                    String prefix = "{{" + gap.path("id").asString() + "}} ";
                    JsonNode gapBody = gap.path("body");
                    switch (gap.path("type").asString()) {
                        case "single-choice" -> choices(answers, gapBody, prefix, true);
                        case "short-text" -> shortText(answers, gapBody, prefix);
                        case "numeric" -> numeric(answers, gapBody, prefix);
                        default -> {
                        }
                    }
                }
            }
            default -> {
            }
        }
        return answers;
    }

    private static void choices(List<ImportReport.Answer> answers, JsonNode body, String prefix, boolean single) {
        for (JsonNode choice : body.path("choices")) {
            BigDecimal fraction = fraction(choice);
            boolean correct = single ? fraction != null && fraction.compareTo(BigDecimal.ONE) == 0
                    : fraction != null && fraction.signum() > 0;
            answers.add(new ImportReport.Answer(prefix + choice.path("text").asString(), fraction,
                    ItemBodies.optionalText(choice, "feedback"), correct));
        }
    }

    private static void shortText(List<ImportReport.Answer> answers, JsonNode body, String prefix) {
        for (JsonNode answer : body.path("answers")) {
            BigDecimal fraction = fraction(answer);
            answers.add(new ImportReport.Answer(prefix + answer.path("text").asString(), fraction,
                    ItemBodies.optionalText(answer, "feedback"), fraction != null && fraction.signum() > 0));
        }
    }

    private static void numeric(List<ImportReport.Answer> answers, JsonNode body, String prefix) {
        for (JsonNode answer : body.path("answers")) {
            BigDecimal fraction = fraction(answer);
            String text = ItemBodies.plain(ItemBodies.decimal(answer.get("value")));
            BigDecimal tolerance = ItemBodies.decimal(answer.get("tolerance"));
            if (tolerance.signum() != 0) {
                text += " ± " + ItemBodies.plain(tolerance);
            }
            answers.add(new ImportReport.Answer(prefix + text, fraction, ItemBodies.optionalText(answer, "feedback"),
                    fraction != null && fraction.signum() > 0));
        }
    }

    private static @Nullable BigDecimal fraction(JsonNode node) {
        JsonNode fraction = node.get("fraction");
        return fraction != null && fraction.isNumber() ? fraction.decimalValue() : null;
    }
}
