package org.vidya.assessment.exchange.gift;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;
import org.vidya.assessment.exchange.ItemBodies;
import org.vidya.assessment.exchange.WriteResult;
import org.vidya.assessment.exchange.WriteResult.Skipped;

import tools.jackson.databind.JsonNode;

/** Writes items as GIFT that Moodle and {@link GiftReader} read back. */
final class GiftWriter {

    private final StringBuilder out = new StringBuilder();
    private final List<Skipped> skipped = new ArrayList<>();
    private @Nullable String category;
    private int written;

    WriteResult write(List<ItemDraft> items) {
        out.append("// Exported from Vidya: ").append(items.size()).append(" items\n\n");
        for (ItemDraft item : items) {
            String answers;
            try {
                answers = answers(item);
            } catch (Skip skip) {
                skipped.add(new Skipped(Objects.toString(item.externalId(), ""), skip.getMessage()));
                continue;
            }
            if (!Objects.equals(item.categoryPath(), category) && (item.categoryPath() != null || written > 0)) {
                category = item.categoryPath();
                // Moodle's top category stands for "no category" and reads back as none.
                out.append("$CATEGORY: $course$/top").append(category == null ? "" : "/" + category.replace("\n", " "))
                        .append("\n\n");
            }
            written++;
            if (item.title() != null && !item.title().isBlank()) {
                out.append("::").append(GiftText.escape(item.title())).append("::");
            }
            out.append("[markdown]").append(GiftText.escape(ItemBodies.text(item.body().get("prompt"), "")));
            out.append(" {").append(answers);
            if (item.explanation() != null && !item.explanation().isBlank()) {
                out.append("\n\t####").append(GiftText.escape(item.explanation()));
            }
            out.append(answers.isEmpty() && item.explanation() == null ? "}" : "\n}").append("\n\n");
        }
        return new WriteResult(out.toString().getBytes(StandardCharsets.UTF_8), skipped);
    }

    private static final class Skip extends RuntimeException {
        Skip(String reason) {
            super(reason);
        }
    }

    private static String answers(ItemDraft item) {
        JsonNode body = item.body();
        return switch (item.type()) {
            case "single-choice" -> choices(body, true);
            case "multiple-response" -> choices(body, false);
            case "true-false" -> trueFalse(body);
            case "short-text" -> shortText(body);
            case "numeric" -> numeric(body);
            case "essay" -> "";
            case "matching" -> matching(body);
            default -> throw new Skip("GIFT has no " + item.type() + " questions.");
        };
    }

    private static String choices(JsonNode body, boolean single) {
        StringBuilder answers = new StringBuilder();
        for (JsonNode choice : body.path("choices")) {
            BigDecimal fraction = ItemBodies.decimal(choice.get("fraction"));
            answers.append("\n\t");
            if (single && fraction.compareTo(BigDecimal.ONE) == 0) {
                answers.append('=');
            } else if (fraction.signum() == 0) {
                answers.append('~');
            } else {
                answers.append('~').append('%').append(ItemBodies.toPercent(fraction)).append('%');
            }
            answers.append(GiftText.escape(ItemBodies.text(choice.get("text"), "")));
            feedback(answers, choice.get("feedback"));
        }
        return answers.toString();
    }

    private static String trueFalse(JsonNode body) {
        boolean value = body.path("answer").asBoolean();
        String feedbackTrue = ItemBodies.optionalText(body, "feedbackTrue");
        String feedbackFalse = ItemBodies.optionalText(body, "feedbackFalse");
        StringBuilder answers = new StringBuilder(value ? "TRUE" : "FALSE");
        if (feedbackTrue != null || feedbackFalse != null) {
            String right = value ? feedbackTrue : feedbackFalse;
            String wrong = value ? feedbackFalse : feedbackTrue;
            answers.append('#').append(GiftText.escape(Objects.toString(wrong, "")));
            answers.append('#').append(GiftText.escape(Objects.toString(right, "")));
        }
        return answers.toString();
    }

    private static String shortText(JsonNode body) {
        if (body.path("caseSensitive").asBoolean(false)) {
            throw new Skip("GIFT short answers are never case-sensitive.");
        }
        StringBuilder answers = new StringBuilder();
        for (JsonNode answer : body.path("answers")) {
            BigDecimal fraction = ItemBodies.decimal(answer.get("fraction"));
            answers.append("\n\t=");
            if (fraction.compareTo(BigDecimal.ONE) != 0) {
                answers.append('%').append(ItemBodies.toPercent(fraction)).append('%');
            }
            answers.append(GiftText.escape(ItemBodies.text(answer.get("text"), "")));
            feedback(answers, answer.get("feedback"));
        }
        return answers.toString();
    }

    private static String numeric(JsonNode body) {
        if (body.path("units").size() > 0) {
            throw new Skip("GIFT numeric questions have no units.");
        }
        StringBuilder answers = new StringBuilder("#");
        for (JsonNode answer : body.path("answers")) {
            BigDecimal fraction = ItemBodies.decimal(answer.get("fraction"));
            answers.append("\n\t=");
            if (fraction.compareTo(BigDecimal.ONE) != 0) {
                answers.append('%').append(ItemBodies.toPercent(fraction)).append('%');
            }
            answers.append(ItemBodies.plain(ItemBodies.decimal(answer.get("value")))).append(':')
                    .append(ItemBodies.plain(ItemBodies.decimal(answer.get("tolerance"))));
            feedback(answers, answer.get("feedback"));
        }
        return answers.toString();
    }

    private static String matching(JsonNode body) {
        Map<String, String> options = new HashMap<>();
        for (JsonNode option : body.path("options")) {
            options.put(ItemBodies.text(option.get("id"), ""), ItemBodies.text(option.get("text"), ""));
        }
        StringBuilder answers = new StringBuilder();
        List<String> used = new ArrayList<>();
        for (JsonNode stem : body.path("stems")) {
            String stemText = ItemBodies.text(stem.get("text"), "");
            String match = ItemBodies.text(stem.get("match"), "");
            String option = options.get(match);
            if (option == null || stemText.contains("->") || option.contains("->")) {
                throw new Skip("this matching question cannot be written as GIFT pairs (a -> b).");
            }
            used.add(match);
            answers.append("\n\t=").append(GiftText.escape(stemText)).append(" -> ").append(GiftText.escape(option));
        }
        for (JsonNode option : body.path("options")) {
            String id = ItemBodies.text(option.get("id"), "");
            if (!used.contains(id)) {
                // A pair without a stem is a distractor: an option no stem matches.
                answers.append("\n\t= -> ").append(GiftText.escape(ItemBodies.text(option.get("text"), "")));
            }
        }
        return answers.toString();
    }

    private static void feedback(StringBuilder answers, @Nullable JsonNode feedback) {
        if (feedback != null && feedback.isString() && !feedback.asString().isBlank()) {
            answers.append('#').append(GiftText.escape(feedback.asString()));
        }
    }
}
