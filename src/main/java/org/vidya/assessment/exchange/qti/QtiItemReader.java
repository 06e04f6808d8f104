package org.vidya.assessment.exchange.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.vidya.assessment.exchange.qti.QtiResponses.Declaration;
import org.vidya.assessment.exchange.qti.QtiResponses.Entry;
import org.vidya.assessment.exchange.qti.QtiResponses.Mapping;
import org.vidya.assessment.exchange.qti.QtiResponses.Rule;
import org.vidya.assessment.bank.ItemDraft;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One QTI item ({@code assessmentItem} or {@code qti-assessment-item}, read as {@link XmlNode}s with
 * QTI 2.1 names) as a Vidya item draft, or the reasons it cannot be one. The mapping is described in
 * {@code docs/item-exchange-qti.md}.
 */
final class QtiItemReader {

    /** A reason an item cannot be read; {@code field} is a JSON path of the draft when known. */
    record Problem(int line, @Nullable String field, String code, String message) {
    }

    record Result(@Nullable ItemDraft draft, List<Problem> problems) {
    }

    static final String TRUE_FALSE_CLASS = "vidya-true-false";
    static final String PARTIAL_ORDER_CLASS = "vidya-partial-credit";

    private static final Set<String> SUPPORTED = Set.of("choiceInteraction", "textEntryInteraction",
            "extendedTextInteraction", "matchInteraction", "associateInteraction", "orderInteraction",
            "inlineChoiceInteraction");
    private static final Set<String> INLINE = Set.of("textEntryInteraction", "inlineChoiceInteraction");
    private static final Set<String> IGNORED = Set.of("endAttemptInteraction");
    private static final Set<String> HIDDEN = Set.of("feedbackInline", "feedbackBlock", "modalFeedback",
            "stylesheet", "endAttemptInteraction", "templateBlock", "templateInline", "printedVariable");
    private static final Set<String> CHOICES = Set.of("simpleChoice", "simpleAssociableChoice", "inlineChoice");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final class Answer {
        final String value;
        BigDecimal tolerance = BigDecimal.ZERO;
        @Nullable BigDecimal points;
        @Nullable String feedback;
        @Nullable Boolean caseSensitive;

        Answer(String value) {
            this.value = value;
        }
    }

    private final XmlNode root;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Declaration> declarations = new LinkedHashMap<>();
    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> feedbackById = new LinkedHashMap<>();
    private final List<String> explanations = new ArrayList<>();
    private final Set<String> usedFeedback = new HashSet<>();
    private final List<String> guidance = new ArrayList<>();
    private BigDecimal marks = BigDecimal.ONE;
    private boolean marksDeclared;
    // The standard template named by response processing, without its address: match_correct, map_response.
    private String template = "";
    // Without MAXSCORE, the best score the item's processing gives.
    private @Nullable BigDecimal derivedMarks;

    private QtiItemReader(XmlNode root) {
        this.root = root;
    }

    static Result read(XmlNode root) {
        QtiItemReader reader = new QtiItemReader(root);
        ItemDraft draft = reader.read();
        return new Result(reader.problems.isEmpty() ? draft : null, List.copyOf(reader.problems));
    }

    private @Nullable ItemDraft read() {
        if (!root.name().equals("assessmentItem")) {
            problem(root, null, "not-an-item", "Expected an assessment item, found <" + root.sourceName() + ">.");
            return null;
        }
        XmlNode body = root.first("itemBody").orElse(null);
        if (body == null) {
            problem(root, "body", "no-item-body", "The item has no item body.");
            return null;
        }
        for (XmlNode declaration : root.all("responseDeclaration")) {
            Declaration read = QtiResponses.declaration(declaration, this::problem);
            declarations.put(read.id(), read);
        }
        readMarks();
        root.first("responseProcessing").ifPresent(processing -> {
            String address = processing.attr("template", "").strip();
            String name = address.substring(address.lastIndexOf('/') + 1);
            template = name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
            rules.addAll(QtiResponses.rules(processing, marks));
        });
        for (XmlNode feedback : root.all("modalFeedback")) {
            collectFeedback(feedback);
        }
        List<XmlNode> interactions = new ArrayList<>();
        collect(body, interactions, false);
        List<XmlNode> block = new ArrayList<>();
        List<XmlNode> inline = new ArrayList<>();
        for (XmlNode interaction : interactions) {
            if (IGNORED.contains(interaction.name())) {
                continue;
            }
            if (!SUPPORTED.contains(interaction.name())) {
                problem(interaction, "body", "unsupported-interaction", "<" + interaction.sourceName() + "> on line "
                        + interaction.line() + " has no Vidya item type.");
            } else if (INLINE.contains(interaction.name())) {
                inline.add(interaction);
            } else {
                block.add(interaction);
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        if (block.isEmpty() && inline.isEmpty()) {
            problem(body, "body", "no-interaction", "The item has no interaction to answer.");
            return null;
        }
        if (!block.isEmpty() && !inline.isEmpty()) {
            problem(body, "body", "composite-item", "The item mixes gaps in its text with " + block.size()
                    + " other interactions; Vidya reads one or the other.");
            return null;
        }
        ObjectNode json;
        String type;
        if (block.size() > 1) {
            json = staged(body, block);
            type = "case";
        } else if (block.size() == 1) {
            XmlNode interaction = block.getFirst();
            Typed typed = blockBody(interaction, prompt(body, interaction, Map.of()));
            json = typed == null ? null : typed.json();
            type = typed == null ? "" : typed.type();
            if (json != null && type.equals("essay") && !guidance.isEmpty()) {
                json.put("guidance", String.join("\n\n", guidance));
            }
        } else {
            Map<XmlNode, String> gaps = new IdentityHashMap<>();
            Set<String> seen = new HashSet<>();
            for (XmlNode gap : inline) {
                gaps.put(gap, uniqueId(gap.attr("responseIdentifier", "gap"), seen, "g"));
            }
            String text = prompt(body, null, gaps);
            XmlNode only = inline.getFirst();
            String marker = "{{" + gaps.get(only) + "}}";
            if (inline.size() == 1 && only.name().equals("textEntryInteraction") && text.endsWith(marker)) {
                json = textEntry(only, 0, true);
                if (json == null) {
                    return null;
                }
                json.put("prompt", text.substring(0, text.length() - marker.length()).strip());
                if (json.has("points")) {
                    derivedMarks = json.remove("points").decimalValue();
                }
                type = json.remove("numeric") != null ? "numeric" : "short-text";
                reorderPromptFirst(json);
            } else {
                json = cloze(inline, gaps, text);
                type = "cloze";
            }
        }
        if (json == null || !problems.isEmpty()) {
            return null;
        }
        if (!marksDeclared && derivedMarks != null && derivedMarks.signum() > 0) {
            marks = derivedMarks.stripTrailingZeros();
        }
        feedbackById.forEach((id, text) -> {
            if (!usedFeedback.contains(id)) {
                explanations.add(text);
            }
        });
        ItemDraft draft = ItemDraft.of(type, json)
                .withExternalId(externalId())
                .withTitle(blankToNull(root.attr("title")))
                .withMarks(marks, BigDecimal.ZERO)
                .withLocale(locale(), Map.of());
        if (!explanations.isEmpty()) {
            draft = draft.withExplanation(String.join("\n\n", explanations));
        }
        return draft;
    }

    private record Typed(String type, ObjectNode json) {
    }

    private @Nullable Typed blockBody(XmlNode interaction, String prompt) {
        ObjectNode json;
        String type;
        switch (interaction.name()) {
            case "choiceInteraction" -> {
                json = choice(interaction, prompt);
                type = json == null ? "" : json.has("answer") ? "true-false"
                        : json.remove("multiple") != null ? "multiple-response" : "single-choice";
            }
            case "orderInteraction" -> {
                json = order(interaction, prompt);
                type = "ordering";
            }
            case "matchInteraction", "associateInteraction" -> {
                json = match(interaction, prompt);
                type = "matching";
            }
            default -> {
                json = JSON.objectNode().put("prompt", prompt);
                type = "essay";
            }
        }
        return json == null ? null : new Typed(type, json);
    }

    /**
     * An item of several block interactions (a passage and its questions) as a case of one stage:
     * the body's other content is the case's prompt, each interaction a part.
     */
    private @Nullable ObjectNode staged(XmlNode body, List<XmlNode> interactions) {
        Set<XmlNode> parts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        parts.addAll(interactions);
        String prompt = Markup.markdown(body.children(), node -> parts.contains(node) ? "" : hidden(node));
        ObjectNode json = JSON.objectNode().put("prompt", prompt);
        ObjectNode stage = json.putArray("stages").addObject().put("id", "st1")
                .put("title", root.attr("title", "").strip()).put("text", "");
        ArrayNode out = stage.putArray("parts");
        List<BigDecimal> points = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (XmlNode interaction : interactions) {
            derivedMarks = null;
            String partPrompt = interaction.first("prompt").map(p -> Markup.markdown(p.children(), this::hidden))
                    .orElse("");
            Typed typed = blockBody(interaction, partPrompt);
            if (typed == null) {
                return null;
            }
            points.add(derivedMarks);
            ObjectNode part = out.addObject()
                    .put("id", uniqueId(interaction.attr("responseIdentifier", "p"), seen, "p"))
                    .put("type", typed.type()).put("weight", BigDecimal.ONE);
            part.set("body", typed.json());
        }
        derivedMarks = null;
        if (points.stream().allMatch(p -> p != null && p.signum() > 0)) {
            BigDecimal least = points.stream().min(BigDecimal::compareTo).orElseThrow();
            derivedMarks = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            for (int i = 0; i < points.size(); i++) {
                ((ObjectNode) out.get(i)).put("weight", Numbers.divide(points.get(i), least));
            }
        }
        return json;
    }

    // ---- declarations and processing

    private void readMarks() {
        BigDecimal declared = null;
        for (XmlNode outcome : root.all("outcomeDeclaration")) {
            String id = outcome.attr("identifier", "");
            if (id.equals("MAXSCORE")) {
                declared = outcome.first("defaultValue").flatMap(d -> d.first("value"))
                        .map(v -> Numbers.parse(v.textContent())).orElse(null);
            } else if (id.equals("SCORE") && declared == null) {
                declared = Numbers.parse(outcome.attr("normalMaximum"));
            }
        }
        if (declared != null && declared.signum() > 0) {
            marks = declared.stripTrailingZeros();
            marksDeclared = true;
        }
    }

    private void collectFeedback(XmlNode feedback) {
        String id = feedback.attr("identifier");
        String text = Markup.markdown(feedback.children(), this::hidden);
        if (text.isEmpty()) {
            return;
        }
        if (id == null || "hide".equals(feedback.attr("showHide"))) {
            explanations.add(text);
        } else {
            feedbackById.merge(id, text, (a, b) -> a + "\n\n" + b);
        }
    }

    // Interactions in body order; feedback outside choices is collected on the way.
    private void collect(XmlNode node, List<XmlNode> interactions, boolean inChoice) {
        for (XmlNode child : node.elements().toList()) {
            if (child.name().endsWith("Interaction")) {
                interactions.add(child);
                collect(child, new ArrayList<>(), false);
            } else if (!inChoice && (child.name().equals("feedbackBlock") || child.name().equals("feedbackInline"))) {
                collectFeedback(child);
            } else if (child.name().equals("rubricBlock") && isForScorers(child)) {
                String text = Markup.markdown(child.children(), this::hidden);
                if (!text.isEmpty()) {
                    guidance.add(text);
                }
            } else {
                collect(child, interactions, inChoice || CHOICES.contains(child.name()));
            }
        }
    }

    private static boolean isForScorers(XmlNode rubric) {
        String view = rubric.attr("view", "");
        return !view.contains("candidate") && (view.contains("scorer") || view.contains("tutor")
                || view.contains("author") || view.contains("proctor") || view.contains("testConstructor"));
    }

    private @Nullable String hidden(XmlNode node) {
        if (HIDDEN.contains(node.name()) || node.name().equals("rubricBlock") && isForScorers(node)) {
            return "";
        }
        return null;
    }

    // ---- prompts

    private String prompt(XmlNode body, @Nullable XmlNode interaction, Map<XmlNode, String> gaps) {
        Function<XmlNode, @Nullable String> special = node -> {
            if (node == interaction) {
                return node.first("prompt").map(p -> Markup.markdown(p.children(), this::hidden)).orElse("");
            }
            String gap = gaps.get(node);
            if (gap != null) {
                return "{{" + gap + "}}";
            }
            return hidden(node);
        };
        return Markup.markdown(body.children(), special);
    }

    private String content(XmlNode choice) {
        return Markup.markdown(choice.children(), this::hidden);
    }

    private @Nullable String choiceFeedback(XmlNode choice, String identifier) {
        List<String> inline = choice.descendants().filter(n -> n.name().equals("feedbackInline"))
                .map(f -> Markup.markdown(f.children())).filter(s -> !s.isEmpty()).toList();
        if (!inline.isEmpty()) {
            return String.join("\n\n", inline);
        }
        String shared = feedbackById.get(identifier);
        if (shared != null) {
            usedFeedback.add(identifier);
        }
        return shared;
    }

    // ---- choices

    private @Nullable ObjectNode choice(XmlNode interaction, String prompt) {
        Declaration declaration = declaration(interaction);
        if (declaration == null) {
            return null;
        }
        List<XmlNode> choices = interaction.descendants().filter(n -> n.name().equals("simpleChoice")).toList();
        if (choices.isEmpty()) {
            problem(interaction, "body.choices", "no-choices", "The choice interaction has no choices.");
            return null;
        }
        int maxChoices = intAttr(interaction, "maxChoices", 1);
        boolean multiple = maxChoices != 1 || !declaration.cardinality().equals("single");
        Weights given = weights(declaration, choices.stream().map(c -> c.attr("identifier", "")).toList());
        if (given == null) {
            return null;
        }
        Map<String, BigDecimal> weights = given.values();
        if (!multiple && choices.size() == 2 && hasClass(interaction, TRUE_FALSE_CLASS)
                && weights.containsKey("true") && weights.containsKey("false")) {
            ObjectNode json = JSON.objectNode().put("prompt", prompt)
                    .put("answer", weights.get("true").compareTo(weights.get("false")) > 0);
            for (XmlNode choice : choices) {
                String id = choice.attr("identifier", "");
                String feedback = choiceFeedback(choice, id);
                if (feedback != null) {
                    json.put(id.equals("true") ? "feedbackTrue" : "feedbackFalse", feedback);
                }
            }
            return json;
        }
        ObjectNode json = JSON.objectNode().put("prompt", prompt)
                .put("shuffle", Boolean.parseBoolean(interaction.attr("shuffle", "false").strip()));
        ArrayNode out = json.putArray("choices");
        Map<String, BigDecimal> fractions = multiple ? shares(given) : relativeToBest(weights, interaction);
        if (fractions == null) {
            return null;
        }
        if (!given.fromKey()) {
            derivedMarks = multiple ? weights.values().stream().filter(w -> w.signum() > 0)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    : weights.values().stream().max(BigDecimal::compareTo).orElseThrow();
        }
        Set<String> seen = new HashSet<>();
        for (XmlNode choice : choices) {
            String identifier = choice.attr("identifier", "");
            ObjectNode o = out.addObject().put("id", uniqueId(identifier, seen, "c")).put("text", content(choice))
                    .put("fraction", fractions.get(identifier));
            String feedback = choiceFeedback(choice, identifier);
            if (feedback != null) {
                o.put("feedback", feedback);
            }
        }
        if (multiple) {
            json.put("multiple", true);
        }
        return json;
    }

    /** Credit per choice id: from response processing, else the mapping, else (as 1 or 0) the correct response. */
    private record Weights(Map<String, BigDecimal> values, boolean fromKey) {
    }

    private @Nullable Weights weights(Declaration declaration, List<String> ids) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        List<Rule> scored = rulesFor(declaration).stream().filter(r -> r.points() != null).toList();
        Mapping mapping = declaration.mapping();
        // match_correct scores the correct response only, whatever mapping the item also declares.
        boolean fromKey = scored.isEmpty() && (mapping == null || mapping.entries().isEmpty()
                || template.equals("match_correct") && !declaration.correct().isEmpty());
        for (String id : ids) {
            BigDecimal weight;
            if (!scored.isEmpty()) {
                weight = scored.stream().filter(r -> r.value().strip().equals(id)).map(Rule::points).findFirst()
                        .orElse(BigDecimal.ZERO);
            } else if (!fromKey) {
                weight = mapping.entries().stream().filter(e -> e.key().strip().equals(id)).map(Entry::value)
                        .findFirst().orElse(mapping.defaultValue());
            } else {
                weight = declaration.correct().stream().anyMatch(c -> c.strip().equals(id)) ? BigDecimal.ONE
                        : BigDecimal.ZERO;
            }
            weights.put(id, weight);
        }
        if (weights.values().stream().noneMatch(w -> w.signum() > 0)) {
            problem(root, "body", "no-correct-response", "The item declares no correct response or scores.");
            return null;
        }
        return new Weights(weights, fromKey);
    }

    // Single choice: the best choice is right, others keep their share of its credit.
    private @Nullable Map<String, BigDecimal> relativeToBest(Map<String, BigDecimal> weights, XmlNode at) {
        BigDecimal best = weights.values().stream().max(BigDecimal::compareTo).orElseThrow();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        weights.forEach((id, w) -> out.put(id, Numbers.clamp(Numbers.divide(w, best))));
        if (out.values().stream().filter(f -> f.compareTo(BigDecimal.ONE) == 0).count() > 1) {
            problem(at, "body.choices", "several-correct", "A single-choice interaction on line " + at.line()
                    + " has more than one right choice.");
            return null;
        }
        return out;
    }

    // Multiple response: right choices share the credit, wrong ones take as much away as they give.
    private static Map<String, BigDecimal> shares(Weights given) {
        Map<String, BigDecimal> weights = given.values();
        BigDecimal positive = weights.values().stream().filter(w -> w.signum() > 0).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean plainKey = given.fromKey();
        long right = weights.values().stream().filter(w -> w.signum() > 0).count();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        String last = null;
        for (var entry : weights.entrySet()) {
            BigDecimal fraction;
            if (plainKey && entry.getValue().signum() == 0) {
                fraction = Numbers.divide(BigDecimal.ONE.negate(), BigDecimal.valueOf(right));
            } else {
                fraction = Numbers.clamp(Numbers.divide(entry.getValue(), positive));
            }
            if (fraction.signum() > 0) {
                total = total.add(fraction);
                last = entry.getKey();
            }
            out.put(entry.getKey(), fraction);
        }
        // Thirds and sevenths: the last right choice takes the rounding, so that right choices add up to 1.
        if (last != null && total.compareTo(BigDecimal.ONE) != 0) {
            out.put(last, out.get(last).add(BigDecimal.ONE.subtract(total)).stripTrailingZeros());
        }
        return out;
    }

    private @Nullable ObjectNode order(XmlNode interaction, String prompt) {
        Declaration declaration = declaration(interaction);
        if (declaration == null) {
            return null;
        }
        Map<String, XmlNode> choices = new LinkedHashMap<>();
        interaction.descendants().filter(n -> n.name().equals("simpleChoice"))
                .forEach(c -> choices.put(c.attr("identifier", ""), c));
        List<String> order = declaration.correct().stream().map(String::strip).toList();
        if (order.size() != choices.size() || !choices.keySet().containsAll(order)) {
            problem(interaction, "body.items", "incomplete-key", "The order interaction on line " + interaction.line()
                    + " does not give the right order of all its choices.");
            return null;
        }
        ObjectNode json = JSON.objectNode().put("prompt", prompt)
                .put("grading", hasClass(interaction, PARTIAL_ORDER_CLASS) ? "partial" : "all-or-nothing");
        ArrayNode items = json.putArray("items");
        Set<String> seen = new HashSet<>();
        for (String id : order) {
            items.addObject().put("id", uniqueId(id, seen, "x")).put("text", content(choices.get(id)));
        }
        return json;
    }

    private @Nullable ObjectNode match(XmlNode interaction, String prompt) {
        Declaration declaration = declaration(interaction);
        if (declaration == null) {
            return null;
        }
        List<String[]> pairs = new ArrayList<>();
        List<String> values = declaration.correct();
        if (values.isEmpty() && declaration.mapping() != null) {
            values = declaration.mapping().entries().stream().filter(e -> e.value().signum() > 0).map(Entry::key)
                    .toList();
        }
        for (String value : values) {
            String[] pair = value.strip().split("\\s+");
            if (pair.length == 2) {
                pairs.add(pair);
            }
        }
        Map<String, XmlNode> stems = new LinkedHashMap<>();
        Map<String, XmlNode> options = new LinkedHashMap<>();
        if (interaction.name().equals("matchInteraction")) {
            List<XmlNode> sets = interaction.all("simpleMatchSet");
            if (sets.size() != 2) {
                problem(interaction, "body", "malformed-item", "A match interaction needs two match sets.");
                return null;
            }
            sets.get(0).all("simpleAssociableChoice").forEach(c -> stems.put(c.attr("identifier", ""), c));
            sets.get(1).all("simpleAssociableChoice").forEach(c -> options.put(c.attr("identifier", ""), c));
            for (int i = 0; i < pairs.size(); i++) {
                String[] pair = pairs.get(i);
                if (!stems.containsKey(pair[0]) && stems.containsKey(pair[1])) {
                    pairs.set(i, new String[] {pair[1], pair[0]});
                }
            }
        } else {
            Map<String, XmlNode> all = new LinkedHashMap<>();
            interaction.all("simpleAssociableChoice").forEach(c -> all.put(c.attr("identifier", ""), c));
            for (String[] pair : pairs) {
                if (all.containsKey(pair[0])) {
                    stems.putIfAbsent(pair[0], all.get(pair[0]));
                }
            }
            all.forEach((id, node) -> {
                if (!stems.containsKey(id)) {
                    options.put(id, node);
                }
            });
        }
        Map<String, String> matches = new LinkedHashMap<>();
        for (String[] pair : pairs) {
            if (stems.containsKey(pair[0]) && options.containsKey(pair[1])) {
                matches.putIfAbsent(pair[0], pair[1]);
            }
        }
        if (stems.isEmpty() || !matches.keySet().containsAll(stems.keySet())) {
            problem(interaction, "body.stems", "incomplete-key", "The " + interaction.sourceName() + " on line "
                    + interaction.line() + " does not pair every stem with an option.");
            return null;
        }
        ObjectNode json = JSON.objectNode().put("prompt", prompt)
                .put("shuffle", Boolean.parseBoolean(interaction.attr("shuffle", "false").strip()));
        Set<String> seen = new HashSet<>();
        Map<String, String> ids = new LinkedHashMap<>();
        stems.keySet().forEach(id -> ids.put(id, uniqueId(id, seen, "s")));
        options.keySet().forEach(id -> ids.put(id, uniqueId(id, seen, "o")));
        ArrayNode stemsOut = json.putArray("stems");
        stems.forEach((id, node) -> stemsOut.addObject().put("id", ids.get(id)).put("text", content(node))
                .put("match", ids.get(matches.get(id))));
        ArrayNode optionsOut = json.putArray("options");
        options.forEach((id, node) -> optionsOut.addObject().put("id", ids.get(id)).put("text", content(node)));
        return json;
    }

    // ---- text entry and gaps

    /**
     * A numeric or short-text body (without prompt) for a text entry; {@code points} gets the
     * gap's best score when known. The JSON says {@code numeric: true} for numbers.
     */
    private @Nullable ObjectNode textEntry(XmlNode interaction, int index, boolean standalone) {
        Declaration declaration = declaration(interaction);
        if (declaration == null) {
            return null;
        }
        boolean numeric = declaration.baseType().equals("float") || declaration.baseType().equals("integer");
        List<Answer> answers = answers(declaration, numeric);
        if (answers.isEmpty()) {
            problem(interaction, standalone ? "body.answers" : "body.gaps[" + index + "].body.answers",
                    "no-correct-response", "The text entry on line " + interaction.line() + " has no right answer.");
            return null;
        }
        BigDecimal best = best(answers);
        if (best != null && best.signum() <= 0) {
            problem(interaction, "body.answers", "no-correct-response", "The text entry on line " + interaction.line()
                    + " gives no answer any credit.");
            return null;
        }
        ObjectNode json = JSON.objectNode();
        ArrayNode out = json.putArray("answers");
        boolean caseSensitive = !numeric && answers.stream().anyMatch(a -> !Boolean.FALSE.equals(a.caseSensitive));
        for (Answer answer : answers) {
            ObjectNode o = out.addObject();
            if (numeric) {
                BigDecimal value = Numbers.parse(answer.value);
                if (value == null) {
                    problem(interaction, "body.answers", "invalid-value", "'" + abbreviate(answer.value)
                            + "' is not a number.");
                    return null;
                }
                o.put("value", value.stripTrailingZeros()).put("tolerance", answer.tolerance.stripTrailingZeros());
            } else {
                o.put("text", answer.value);
            }
            o.put("fraction", answer.points == null || best == null ? BigDecimal.ONE
                    : Numbers.clamp(Numbers.divide(answer.points, best)));
            if (answer.feedback != null) {
                String text = feedbackById.get(answer.feedback);
                if (text != null) {
                    usedFeedback.add(answer.feedback);
                    o.put("feedback", text);
                }
            }
        }
        if (numeric) {
            json.put("numeric", true);
        } else {
            json.put("caseSensitive", caseSensitive);
        }
        if (best != null) {
            json.put("points", best);
        }
        return json;
    }

    private List<Answer> answers(Declaration declaration, boolean numeric) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Function<String, String> key = value -> {
            if (numeric) {
                BigDecimal number = Numbers.parse(value);
                return number == null ? value.strip() : Numbers.text(number);
            }
            return value;
        };
        for (Rule rule : rulesFor(declaration)) {
            Answer answer = answers.computeIfAbsent(key.apply(rule.value()),
                    k -> new Answer(numeric ? k : rule.value()));
            answer.tolerance = rule.tolerance();
            answer.caseSensitive = rule.caseSensitive();
            if (rule.points() != null) {
                answer.points = rule.points();
            }
            if (rule.feedback() != null) {
                answer.feedback = rule.feedback();
            }
        }
        Mapping mapping = declaration.mapping();
        if (mapping != null && !template.equals("match_correct")) {
            for (Entry entry : mapping.entries()) {
                Answer answer = answers.computeIfAbsent(key.apply(entry.key()), k -> new Answer(numeric ? k
                        : entry.key()));
                if (answer.points == null) {
                    answer.points = entry.value();
                }
                if (answer.caseSensitive == null) {
                    answer.caseSensitive = entry.caseSensitive();
                }
            }
        }
        for (String value : declaration.correct()) {
            answers.computeIfAbsent(key.apply(value), k -> new Answer(numeric ? k : value));
        }
        return List.copyOf(answers.values());
    }

    private static @Nullable BigDecimal best(List<Answer> answers) {
        if (answers.stream().anyMatch(a -> a.points == null)) {
            return answers.stream().map(a -> a.points).filter(p -> p != null).max(BigDecimal::compareTo)
                    .filter(p -> p.signum() > 0).orElse(null);
        }
        return answers.stream().map(a -> a.points).max(BigDecimal::compareTo).orElse(null);
    }

    private @Nullable ObjectNode cloze(List<XmlNode> interactions, Map<XmlNode, String> gaps, String text) {
        ObjectNode json = JSON.objectNode().put("text", text);
        ArrayNode out = json.putArray("gaps");
        List<BigDecimal> points = new ArrayList<>();
        List<ObjectNode> gapNodes = new ArrayList<>();
        for (int i = 0; i < interactions.size(); i++) {
            XmlNode interaction = interactions.get(i);
            ObjectNode gap = out.addObject().put("id", gaps.get(interaction));
            ObjectNode body;
            if (interaction.name().equals("textEntryInteraction")) {
                body = textEntry(interaction, i, false);
                if (body == null) {
                    return null;
                }
                gap.put("type", body.remove("numeric") != null ? "numeric" : "short-text");
                points.add(body.has("points") ? body.remove("points").decimalValue() : null);
            } else {
                body = inlineChoice(interaction);
                if (body == null) {
                    return null;
                }
                gap.put("type", "single-choice");
                points.add(body.has("points") ? body.remove("points").decimalValue() : null);
            }
            gap.put("weight", BigDecimal.ONE);
            gap.set("body", body);
            gapNodes.add(gap);
        }
        if (points.stream().allMatch(p -> p != null && p.signum() > 0)) {
            derivedMarks = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal least = points.stream().min(BigDecimal::compareTo).orElseThrow();
            for (int i = 0; i < gapNodes.size(); i++) {
                gapNodes.get(i).put("weight", Numbers.divide(points.get(i), least));
            }
        }
        return json;
    }

    private @Nullable ObjectNode inlineChoice(XmlNode interaction) {
        Declaration declaration = declaration(interaction);
        if (declaration == null) {
            return null;
        }
        List<XmlNode> choices = interaction.all("inlineChoice");
        Weights given = weights(declaration, choices.stream().map(c -> c.attr("identifier", "")).toList());
        if (given == null) {
            return null;
        }
        Map<String, BigDecimal> weights = given.values();
        Map<String, BigDecimal> fractions = relativeToBest(weights, interaction);
        if (fractions == null) {
            return null;
        }
        ObjectNode json = JSON.objectNode();
        ArrayNode out = json.putArray("choices");
        Set<String> seen = new HashSet<>();
        Map<String, String> feedback = new LinkedHashMap<>();
        for (Rule rule : rulesFor(declaration)) {
            if (rule.feedback() != null) {
                feedback.putIfAbsent(rule.value().strip(), rule.feedback());
            }
        }
        for (XmlNode choice : choices) {
            String identifier = choice.attr("identifier", "");
            ObjectNode o = out.addObject().put("id", uniqueId(identifier, seen, "h"))
                    .put("text", Markup.escape(choice.textContent().replaceAll("\\s+", " ")))
                    .put("fraction", fractions.get(identifier));
            String feedbackId = feedback.get(identifier);
            if (feedbackId != null && feedbackById.containsKey(feedbackId)) {
                usedFeedback.add(feedbackId);
                o.put("feedback", feedbackById.get(feedbackId));
            }
        }
        BigDecimal best = weights.values().stream().max(BigDecimal::compareTo).orElseThrow();
        if (!given.fromKey()) {
            json.put("points", best);
        }
        return json;
    }

    // ---- helpers

    private @Nullable Declaration declaration(XmlNode interaction) {
        String id = interaction.attr("responseIdentifier", "");
        Declaration declaration = declarations.get(id);
        if (declaration == null) {
            problem(interaction, "body", "malformed-item", "The " + interaction.sourceName() + " on line "
                    + interaction.line() + " names response '" + abbreviate(id) + "', which is not declared.");
        }
        return declaration;
    }

    private List<Rule> rulesFor(Declaration declaration) {
        return rules.stream().filter(r -> r.response().equals(declaration.id())).toList();
    }

    private @Nullable String externalId() {
        String identifier = blankToNull(root.attr("identifier"));
        String label = blankToNull(root.attr("label"));
        // The writer names items whose ids are not QTI identifiers by a mangled identifier, and keeps the id as label.
        if (identifier != null && label != null && identifier.equals(QtiIds.identifier(label))) {
            return label;
        }
        return identifier;
    }

    private String locale() {
        String lang = root.attr("xml:lang", "en").strip().toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        String primary = dash > 0 ? lang.substring(0, dash) : lang;
        return LANGUAGE.matcher(primary).matches() ? primary : "en";
    }

    private static void reorderPromptFirst(ObjectNode json) {
        ObjectNode copy = json.deepCopy();
        json.removeAll();
        json.set("prompt", copy.remove("prompt"));
        json.setAll(copy);
    }

    private static String uniqueId(String identifier, Set<String> seen, String prefix) {
        String id = ID.matcher(identifier.strip()).matches() ? identifier.strip() : prefix + (seen.size() + 1);
        while (!seen.add(id)) {
            id = prefix + (seen.size() + 1);
        }
        return id;
    }

    private static boolean hasClass(XmlNode node, String name) {
        return List.of(node.attr("class", "").split("\\s+")).contains(name);
    }

    private static int intAttr(XmlNode node, String name, int fallback) {
        BigDecimal value = Numbers.parse(node.attr(name));
        return value == null ? fallback : value.intValue();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    private void problem(XmlNode at, @Nullable String field, String code, String message) {
        problems.add(new Problem(at.line(), field, code, message));
    }
}
