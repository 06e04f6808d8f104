package org.vidya.assessment.exchange.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.bank.ItemDraft;

import tools.jackson.databind.JsonNode;

/**
 * A Vidya item as a QTI item in the QTI 2.1 vocabulary ({@link XmlWriter} spells it for 3.0). Scores
 * are in marks: a choice worth a fraction f of an item of m marks maps to f × m, and MAXSCORE is m.
 */
final class QtiItemWriter {

    /** An item QTI cannot carry, with the reason. */
    static final class Unwritable extends Exception {

        Unwritable(String reason) {
            super(reason, null, false, false);
        }
    }

    static final String RESPONSE = "RESPONSE";
    static final String EXPLANATION = "EXPLANATION";
    // What other tools show for a true-false item's two choices, in the item's language.
    private static final Map<String, List<String>> TRUE_FALSE = Map.of("en", List.of("True", "False"),
            "hi", List.of("सत्य", "असत्य"), "km", List.of("ពិត", "មិនពិត"));
    private static final Pattern GAP = Pattern.compile("\\{\\{([^{}]{1,64})}}");
    private static final char GAP_START = '\uE000';
    private static final char GAP_END = '\uE001';

    private final ItemDraft draft;
    private final QtiVersion version;
    private final JsonNode body;
    private final BigDecimal marks;
    private final List<XmlNode> declarations = new ArrayList<>();
    private final XmlNode itemBody = XmlNode.qti("itemBody");
    private final List<XmlNode> feedback = new ArrayList<>();
    private @Nullable XmlNode processing;
    private @Nullable String feedbackCardinality;

    private QtiItemWriter(ItemDraft draft, QtiVersion version) {
        this.draft = draft;
        this.version = version;
        this.body = draft.body();
        this.marks = draft.marks().signum() > 0 ? draft.marks() : BigDecimal.ONE;
    }

    static XmlNode write(ItemDraft draft, String identifier, QtiVersion version) throws Unwritable {
        return new QtiItemWriter(draft, version).item(identifier);
    }

    private XmlNode item(String identifier) throws Unwritable {
        if (!body.isObject()) {
            throw new Unwritable("the item has no body");
        }
        switch (draft.type()) {
            case "single-choice" -> choice(false);
            case "multiple-response" -> choice(true);
            case "true-false" -> trueFalse();
            case "numeric" -> numeric();
            case "short-text" -> shortText();
            case "essay" -> essay();
            case "matching" -> matching();
            case "ordering" -> ordering();
            case "cloze" -> cloze();
            case "case" -> throw new Unwritable("QTI has no staged case items");
            default -> throw new Unwritable("QTI has no form for items of type " + draft.type());
        }
        if (draft.explanation() != null && !draft.explanation().isBlank()) {
            feedbackCardinality = feedbackCardinality == null ? "single" : feedbackCardinality;
            // Shown whenever FEEDBACK does not name it, which it never does: after every response.
            feedback.add(XmlNode.qti("modalFeedback").set("outcomeIdentifier", "FEEDBACK")
                    .set("identifier", EXPLANATION).set("showHide", "hide").set("title", "Explanation"));
            feedback.getLast().children().addAll(Markup.blocks(draft.explanation()));
        }
        XmlNode item = XmlNode.qti("assessmentItem").set("identifier", identifier).set("title", title(identifier));
        if (draft.externalId() != null && !identifier.equals(draft.externalId())) {
            item.set("label", draft.externalId());
        }
        item.set("adaptive", "false").set("timeDependent", "false").set("xml:lang", draft.locale());
        declarations.forEach(item::add);
        item.add(outcome("SCORE", "float", "0"));
        item.add(outcome("MAXSCORE", "float", Numbers.text(marks)));
        if (feedbackCardinality != null) {
            item.add(XmlNode.qti("outcomeDeclaration").set("identifier", "FEEDBACK")
                    .set("cardinality", feedbackCardinality).set("baseType", "identifier"));
        }
        item.add(itemBody);
        if (processing != null) {
            item.add(processing);
        }
        feedback.forEach(item::add);
        return item;
    }

    private String title(String identifier) {
        if (draft.title() != null && !draft.title().isBlank()) {
            return draft.title();
        }
        String prompt = Markup.plain(text(body, body.has("prompt") ? "prompt" : "text")).strip();
        if (prompt.isEmpty()) {
            return identifier;
        }
        return prompt.length() > 80 ? prompt.substring(0, 79) + "…" : prompt;
    }

    // ---- types

    private void choice(boolean multiple) throws Unwritable {
        List<JsonNode> choices = array(body, "choices");
        boolean partial = choices.stream().map(c -> fraction(c)).anyMatch(f -> f.signum() != 0
                && f.compareTo(BigDecimal.ONE) != 0);
        boolean withFeedback = choices.stream().anyMatch(c -> !text(c, "feedback").isBlank());
        List<String> correct = new ArrayList<>();
        for (JsonNode choice : choices) {
            BigDecimal f = fraction(choice);
            if (multiple ? f.signum() > 0 : f.compareTo(BigDecimal.ONE) == 0) {
                correct.add(QtiIds.identifier(text(choice, "id")));
            }
        }
        if (correct.isEmpty() || !multiple && correct.size() > 1) {
            throw new Unwritable("the item has no single right choice");
        }
        XmlNode declaration = declare(RESPONSE, multiple ? "multiple" : "single", "identifier", correct);
        if (multiple || partial) {
            XmlNode mapping = declaration.add(XmlNode.qti("mapping").set("defaultValue", "0"));
            if (multiple) {
                mapping.set("lowerBound", Numbers.text(marks.negate())).set("upperBound", Numbers.text(marks));
            }
            for (JsonNode choice : choices) {
                mapping.add(XmlNode.qti("mapEntry").set("mapKey", QtiIds.identifier(text(choice, "id")))
                        .set("mappedValue", points(fraction(choice), marks)));
            }
        }
        prompt();
        XmlNode interaction = itemBody.add(XmlNode.qti("choiceInteraction").set("responseIdentifier", RESPONSE)
                .set("shuffle", body.path("shuffle").asBoolean(false)).set("maxChoices", multiple ? 0 : 1));
        for (JsonNode choice : choices) {
            String id = QtiIds.identifier(text(choice, "id"));
            XmlNode simple = interaction.add(XmlNode.qti("simpleChoice").set("identifier", id));
            simple.children().addAll(Markup.flow(text(choice, "text")));
            inlineFeedback(simple, id, text(choice, "feedback"));
        }
        String template = multiple || partial ? "map_response" : "match_correct";
        templateProcessing(template, withFeedback, multiple ? "multiple" : "single");
    }

    private void trueFalse() throws Unwritable {
        if (!body.path("answer").isBoolean()) {
            throw new Unwritable("the item has no answer");
        }
        boolean answer = body.path("answer").asBoolean();
        declare(RESPONSE, "single", "identifier", List.of(answer ? "true" : "false"));
        prompt();
        XmlNode interaction = itemBody.add(XmlNode.qti("choiceInteraction").set("responseIdentifier", RESPONSE)
                .set("shuffle", "false").set("maxChoices", 1).set("class", QtiItemReader.TRUE_FALSE_CLASS));
        List<String> labels = TRUE_FALSE.getOrDefault(draft.locale(), TRUE_FALSE.get("en"));
        inlineFeedback(interaction.add(XmlNode.qti("simpleChoice").set("identifier", "true").set("fixed", "true")
                .text(labels.get(0))), "true", text(body, "feedbackTrue"));
        inlineFeedback(interaction.add(XmlNode.qti("simpleChoice").set("identifier", "false").set("fixed", "true")
                .text(labels.get(1))), "false", text(body, "feedbackFalse"));
        boolean withFeedback = !text(body, "feedbackTrue").isBlank() || !text(body, "feedbackFalse").isBlank();
        templateProcessing("match_correct", withFeedback, "single");
    }

    private void numeric() throws Unwritable {
        List<JsonNode> answers = array(body, "answers");
        JsonNode first = answers.stream().filter(a -> fraction(a).compareTo(BigDecimal.ONE) == 0).findFirst()
                .orElseThrow(() -> new Unwritable("the item has no fully right answer"));
        declare(RESPONSE, "single", "float", List.of(Numbers.text(number(first, "value"))));
        prompt();
        itemBody.add(XmlNode.html("p")).add(XmlNode.qti("textEntryInteraction").set("responseIdentifier", RESPONSE));
        boolean simple = answers.size() == 1 && number(first, "tolerance").signum() == 0
                && text(first, "feedback").isBlank();
        if (simple) {
            processing = template("match_correct");
            return;
        }
        processing = XmlNode.qti("responseProcessing");
        processing.add(numericRules(RESPONSE, answers, marks, false, ""));
    }

    private void shortText() throws Unwritable {
        List<JsonNode> answers = array(body, "answers");
        JsonNode first = answers.stream().filter(a -> fraction(a).compareTo(BigDecimal.ONE) == 0).findFirst()
                .orElseThrow(() -> new Unwritable("the item has no fully right answer"));
        boolean caseSensitive = body.path("caseSensitive").asBoolean(false);
        XmlNode declaration = declare(RESPONSE, "single", "string", List.of(text(first, "text")));
        declaration.add(textMapping(answers, marks, caseSensitive));
        prompt();
        itemBody.add(XmlNode.html("p")).add(XmlNode.qti("textEntryInteraction").set("responseIdentifier", RESPONSE));
        if (answers.stream().allMatch(a -> text(a, "feedback").isBlank())) {
            processing = template("map_response");
            return;
        }
        processing = XmlNode.qti("responseProcessing");
        processing.add(textRules(RESPONSE, answers, marks, caseSensitive, false, ""));
    }

    private void essay() {
        declarations.add(XmlNode.qti("responseDeclaration").set("identifier", RESPONSE).set("cardinality", "single")
                .set("baseType", "string"));
        String guidance = text(body, "guidance");
        if (!guidance.isBlank()) {
            XmlNode rubric = itemBody.add(XmlNode.qti("rubricBlock").set("view", "scorer"));
            rubric.children().addAll(Markup.blocks(guidance));
        }
        prompt();
        itemBody.add(XmlNode.qti("extendedTextInteraction").set("responseIdentifier", RESPONSE));
    }

    private void matching() throws Unwritable {
        List<JsonNode> stems = array(body, "stems");
        List<JsonNode> options = array(body, "options");
        List<String> pairs = new ArrayList<>();
        for (JsonNode stem : stems) {
            if (text(stem, "match").isBlank()) {
                throw new Unwritable("a stem has no match");
            }
            pairs.add(QtiIds.identifier(text(stem, "id")) + " " + QtiIds.identifier(text(stem, "match")));
        }
        XmlNode declaration = declare(RESPONSE, "multiple", "directedPair", pairs);
        XmlNode mapping = declaration.add(XmlNode.qti("mapping").set("defaultValue", "0"));
        BigDecimal each = Numbers.divide(marks, BigDecimal.valueOf(stems.size()));
        pairs.forEach(pair -> mapping.add(XmlNode.qti("mapEntry").set("mapKey", pair)
                .set("mappedValue", Numbers.text(each))));
        prompt();
        XmlNode interaction = itemBody.add(XmlNode.qti("matchInteraction").set("responseIdentifier", RESPONSE)
                .set("shuffle", body.path("shuffle").asBoolean(false)).set("maxAssociations", stems.size()));
        XmlNode stemSet = interaction.add(XmlNode.qti("simpleMatchSet"));
        for (JsonNode stem : stems) {
            stemSet.add(XmlNode.qti("simpleAssociableChoice").set("identifier", QtiIds.identifier(text(stem, "id")))
                    .set("matchMax", 1)).children().addAll(Markup.flow(text(stem, "text")));
        }
        XmlNode optionSet = interaction.add(XmlNode.qti("simpleMatchSet"));
        for (JsonNode option : options) {
            optionSet.add(XmlNode.qti("simpleAssociableChoice")
                    .set("identifier", QtiIds.identifier(text(option, "id"))).set("matchMax", stems.size()))
                    .children().addAll(Markup.flow(text(option, "text")));
        }
        processing = template("map_response");
    }

    private void ordering() throws Unwritable {
        List<JsonNode> items = array(body, "items");
        declare(RESPONSE, "ordered", "identifier", items.stream().map(i -> QtiIds.identifier(text(i, "id"))).toList());
        prompt();
        XmlNode interaction = itemBody.add(XmlNode.qti("orderInteraction").set("responseIdentifier", RESPONSE)
                .set("shuffle", "true"));
        if ("partial".equals(text(body, "grading"))) {
            interaction.set("class", QtiItemReader.PARTIAL_ORDER_CLASS);
        }
        for (JsonNode item : items) {
            interaction.add(XmlNode.qti("simpleChoice").set("identifier", QtiIds.identifier(text(item, "id"))))
                    .children().addAll(Markup.flow(text(item, "text")));
        }
        processing = template("match_correct");
    }

    private void cloze() throws Unwritable {
        List<JsonNode> gaps = array(body, "gaps");
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (JsonNode gap : gaps) {
            totalWeight = totalWeight.add(weight(gap));
        }
        if (totalWeight.signum() <= 0) {
            throw new Unwritable("the gaps carry no weight");
        }
        processing = XmlNode.qti("responseProcessing");
        List<XmlNode> interactions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Set<String> used = new LinkedHashSet<>();
        for (int i = 0; i < gaps.size(); i++) {
            JsonNode gap = gaps.get(i);
            String response = QtiIds.identifier(text(gap, "id"));
            if (!used.add(response)) {
                throw new Unwritable("two gaps share the id " + response);
            }
            ids.add(text(gap, "id"));
            BigDecimal share = Numbers.round(weight(gap).multiply(marks).divide(totalWeight, 10,
                    java.math.RoundingMode.HALF_EVEN));
            JsonNode gapBody = gap.path("body");
            String prefix = "F" + (i + 1) + "_";
            switch (text(gap, "type")) {
                case "numeric" -> {
                    List<JsonNode> answers = array(gapBody, "answers");
                    JsonNode first = answers.stream().filter(a -> fraction(a).compareTo(BigDecimal.ONE) == 0)
                            .findFirst().orElseThrow(() -> new Unwritable("a gap has no fully right answer"));
                    declare(response, "single", "float", List.of(Numbers.text(number(first, "value"))));
                    interactions.add(XmlNode.qti("textEntryInteraction").set("responseIdentifier", response));
                    processing.add(numericRules(response, answers, share, true, prefix));
                }
                case "short-text" -> {
                    List<JsonNode> answers = array(gapBody, "answers");
                    JsonNode first = answers.stream().filter(a -> fraction(a).compareTo(BigDecimal.ONE) == 0)
                            .findFirst().orElseThrow(() -> new Unwritable("a gap has no fully right answer"));
                    boolean caseSensitive = gapBody.path("caseSensitive").asBoolean(false);
                    declare(response, "single", "string", List.of(text(first, "text")))
                            .add(textMapping(answers, share, caseSensitive));
                    interactions.add(XmlNode.qti("textEntryInteraction").set("responseIdentifier", response));
                    processing.add(textRules(response, answers, share, caseSensitive, true, prefix));
                }
                case "single-choice" -> {
                    List<JsonNode> choices = array(gapBody, "choices");
                    JsonNode right = choices.stream().filter(c -> fraction(c).compareTo(BigDecimal.ONE) == 0)
                            .findFirst().orElseThrow(() -> new Unwritable("a gap has no right choice"));
                    declare(response, "single", "identifier", List.of(QtiIds.identifier(text(right, "id"))));
                    XmlNode inline = XmlNode.qti("inlineChoiceInteraction").set("responseIdentifier", response)
                            .set("shuffle", gapBody.path("shuffle").asBoolean(false));
                    for (JsonNode choice : choices) {
                        inline.add(XmlNode.qti("inlineChoice").set("identifier", QtiIds.identifier(text(choice, "id"))))
                                .text(Markup.plain(text(choice, "text")));
                    }
                    interactions.add(inline);
                    processing.add(choiceRules(response, choices, share, prefix));
                }
                default -> throw new Unwritable("a gap has the type '" + text(gap, "type") + "'");
            }
        }
        // Gap markers become private-use characters while the Markdown is rendered, then interactions.
        Matcher matcher = GAP.matcher(text(body, "text"));
        StringBuilder marked = new StringBuilder();
        while (matcher.find()) {
            int index = ids.indexOf(matcher.group(1).strip());
            matcher.appendReplacement(marked, index < 0 ? Matcher.quoteReplacement(matcher.group())
                    : GAP_START + String.valueOf(index) + GAP_END);
        }
        matcher.appendTail(marked);
        for (XmlNode block : Markup.blocks(marked.toString())) {
            placeGaps(block, interactions);
            itemBody.add(block);
        }
        if (!feedback.isEmpty()) {
            feedbackCardinality = "multiple";
        }
    }

    private static void placeGaps(XmlNode node, List<XmlNode> interactions) {
        List<Object> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            Object child = children.get(i);
            if (child instanceof XmlNode element) {
                placeGaps(element, interactions);
                continue;
            }
            String text = (String) child;
            int start = text.indexOf(GAP_START);
            int end = start < 0 ? -1 : text.indexOf(GAP_END, start);
            if (end < 0) {
                continue;
            }
            int index = Integer.parseInt(text.substring(start + 1, end));
            children.set(i, text.substring(0, start));
            children.add(i + 1, interactions.get(index));
            children.add(i + 2, text.substring(end + 1));
            i++;
        }
        children.removeIf(c -> c instanceof String s && s.isEmpty());
    }

    // ---- response processing

    private XmlNode numericRules(String response, List<JsonNode> answers, BigDecimal worth, boolean add,
            String prefix) throws Unwritable {
        XmlNode condition = XmlNode.qti("responseCondition");
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            BigDecimal tolerance = number(answer, "tolerance");
            XmlNode equal = XmlNode.qti("equal");
            if (tolerance.signum() > 0) {
                equal.set("toleranceMode", "absolute").set("tolerance", Numbers.text(tolerance));
            } else {
                equal.set("toleranceMode", "exact");
            }
            equal.add(XmlNode.qti("variable").set("identifier", response));
            equal.add(XmlNode.qti("baseValue").set("baseType", "float")).text(Numbers.text(number(answer, "value")));
            branch(condition, i, equal, fraction(answer), worth, add, prefix + "A" + (i + 1), text(answer, "feedback"));
        }
        return condition;
    }

    private XmlNode textRules(String response, List<JsonNode> answers, BigDecimal worth, boolean caseSensitive,
            boolean add, String prefix) {
        XmlNode condition = XmlNode.qti("responseCondition");
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            XmlNode match = XmlNode.qti("stringMatch").set("caseSensitive", caseSensitive);
            match.add(XmlNode.qti("variable").set("identifier", response));
            match.add(XmlNode.qti("baseValue").set("baseType", "string")).text(text(answer, "text"));
            branch(condition, i, match, fraction(answer), worth, add, prefix + "A" + (i + 1), text(answer, "feedback"));
        }
        return condition;
    }

    private XmlNode choiceRules(String response, List<JsonNode> choices, BigDecimal worth, String prefix) {
        XmlNode condition = XmlNode.qti("responseCondition");
        int branches = 0;
        for (JsonNode choice : choices) {
            BigDecimal f = fraction(choice);
            String feedbackText = text(choice, "feedback");
            if (f.signum() == 0 && feedbackText.isBlank()) {
                continue;
            }
            XmlNode match = XmlNode.qti("match");
            match.add(XmlNode.qti("variable").set("identifier", response));
            match.add(XmlNode.qti("baseValue").set("baseType", "identifier"))
                    .text(QtiIds.identifier(text(choice, "id")));
            branch(condition, branches++, match, f, worth, true, prefix + QtiIds.identifier(text(choice, "id")),
                    feedbackText);
        }
        return condition;
    }

    private void branch(XmlNode condition, int index, XmlNode test, BigDecimal fraction, BigDecimal worth, boolean add,
            String feedbackId, String feedbackText) {
        XmlNode branch = condition.add(XmlNode.qti(index == 0 ? "responseIf" : "responseElseIf"));
        branch.add(test);
        XmlNode score = XmlNode.qti("baseValue").set("baseType", "float").text(points(fraction, worth));
        XmlNode setScore = branch.add(XmlNode.qti("setOutcomeValue").set("identifier", "SCORE"));
        if (add) {
            setScore.add(XmlNode.qti("sum")).with(XmlNode.qti("variable").set("identifier", "SCORE")).with(score);
        } else {
            setScore.add(score);
        }
        if (!feedbackText.isBlank()) {
            XmlNode value = XmlNode.qti("baseValue").set("baseType", "identifier").text(feedbackId);
            XmlNode setFeedback = branch.add(XmlNode.qti("setOutcomeValue").set("identifier", "FEEDBACK"));
            if (add) {
                setFeedback.add(XmlNode.qti("multiple")).with(XmlNode.qti("variable").set("identifier", "FEEDBACK"))
                        .with(value);
            } else {
                setFeedback.add(value);
                feedbackCardinality = "single";
            }
            XmlNode modal = XmlNode.qti("modalFeedback").set("outcomeIdentifier", "FEEDBACK")
                    .set("identifier", feedbackId).set("showHide", "show");
            modal.children().addAll(Markup.blocks(feedbackText));
            feedback.add(modal);
        }
    }

    // The standard template, or with choice feedback its rules and FEEDBACK set to the response.
    private void templateProcessing(String template, boolean withFeedback, String cardinality) {
        if (!withFeedback) {
            processing = template(template);
            return;
        }
        feedbackCardinality = cardinality;
        processing = XmlNode.qti("responseProcessing");
        XmlNode condition = processing.add(XmlNode.qti("responseCondition"));
        XmlNode branch = condition.add(XmlNode.qti("responseIf"));
        XmlNode otherwise = condition.add(XmlNode.qti("responseElse"));
        if (template.equals("match_correct")) {
            branch.add(XmlNode.qti("match")).with(XmlNode.qti("variable").set("identifier", RESPONSE))
                    .with(XmlNode.qti("correct").set("identifier", RESPONSE));
            branch.add(XmlNode.qti("setOutcomeValue").set("identifier", "SCORE"))
                    .with(XmlNode.qti("variable").set("identifier", "MAXSCORE"));
            otherwise.add(XmlNode.qti("setOutcomeValue").set("identifier", "SCORE"))
                    .with(XmlNode.qti("baseValue").set("baseType", "float").text("0"));
        } else {
            branch.add(XmlNode.qti("isNull")).with(XmlNode.qti("variable").set("identifier", RESPONSE));
            branch.add(XmlNode.qti("setOutcomeValue").set("identifier", "SCORE"))
                    .with(XmlNode.qti("baseValue").set("baseType", "float").text("0"));
            otherwise.add(XmlNode.qti("setOutcomeValue").set("identifier", "SCORE"))
                    .with(XmlNode.qti("mapResponse").set("identifier", RESPONSE));
        }
        processing.add(XmlNode.qti("setOutcomeValue").set("identifier", "FEEDBACK"))
                .with(XmlNode.qti("variable").set("identifier", RESPONSE));
    }

    private XmlNode template(String name) {
        return XmlNode.qti("responseProcessing").set("template", version.template(name));
    }

    private static void inlineFeedback(XmlNode choice, String id, String text) {
        if (text.isBlank()) {
            return;
        }
        XmlNode inline = choice.add(XmlNode.qti("feedbackInline").set("outcomeIdentifier", "FEEDBACK")
                .set("identifier", id).set("showHide", "show"));
        inline.children().addAll(Markup.inline(text));
    }

    private XmlNode textMapping(List<JsonNode> answers, BigDecimal worth, boolean caseSensitive) {
        XmlNode mapping = XmlNode.qti("mapping").set("defaultValue", "0");
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode answer : answers) {
            if (keys.add(text(answer, "text"))) {
                mapping.add(XmlNode.qti("mapEntry").set("mapKey", text(answer, "text"))
                        .set("mappedValue", points(fraction(answer), worth)).set("caseSensitive", caseSensitive));
            }
        }
        return mapping;
    }

    private void prompt() {
        Markup.blocks(text(body, "prompt")).forEach(itemBody::add);
    }

    private XmlNode declare(String id, String cardinality, String baseType, List<String> correct) {
        XmlNode declaration = XmlNode.qti("responseDeclaration").set("identifier", id).set("cardinality", cardinality)
                .set("baseType", baseType);
        if (!correct.isEmpty()) {
            XmlNode values = declaration.add(XmlNode.qti("correctResponse"));
            correct.forEach(value -> values.add(XmlNode.qti("value")).text(value));
        }
        declarations.add(declaration);
        return declaration;
    }

    private static XmlNode outcome(String id, String baseType, String value) {
        XmlNode outcome = XmlNode.qti("outcomeDeclaration").set("identifier", id).set("cardinality", "single")
                .set("baseType", baseType);
        outcome.add(XmlNode.qti("defaultValue")).add(XmlNode.qti("value")).text(value);
        return outcome;
    }

    // ---- JSON

    private static String points(BigDecimal fraction, BigDecimal worth) {
        return Numbers.text(Numbers.round(fraction.multiply(worth)));
    }

    private static List<JsonNode> array(JsonNode node, String field) throws Unwritable {
        JsonNode array = node.path(field);
        if (!array.isArray() || array.isEmpty()) {
            throw new Unwritable("the item has no " + field);
        }
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : "";
    }

    private static BigDecimal fraction(JsonNode node) {
        JsonNode value = node.path("fraction");
        return value.isNumber() ? value.decimalValue() : BigDecimal.ZERO;
    }

    private static BigDecimal weight(JsonNode gap) {
        JsonNode value = gap.path("weight");
        return value.isNumber() && value.decimalValue().signum() > 0 ? value.decimalValue() : BigDecimal.ONE;
    }

    private static BigDecimal number(JsonNode node, String field) throws Unwritable {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (field.equals("tolerance") && value.isMissingNode()) {
            return BigDecimal.ZERO;
        }
        throw new Unwritable("an answer has no numeric " + field);
    }
}
