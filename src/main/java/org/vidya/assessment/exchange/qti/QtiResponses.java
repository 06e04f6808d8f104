package org.vidya.assessment.exchange.qti;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * How a QTI item scores: its response declarations (correct values, mappings) and the branches
 * of its response processing, read into plain records for {@link QtiItemReader}.
 */
final class QtiResponses {

    /** Where a problem found while reading goes. */
    @FunctionalInterface
    interface Problems {
        void add(XmlNode at, @Nullable String field, String code, String message);
    }

    private QtiResponses() {
    }

    record Entry(String key, BigDecimal value, @Nullable Boolean caseSensitive) {
    }

    record Mapping(BigDecimal defaultValue, List<Entry> entries) {
    }

    record Declaration(String id, String cardinality, String baseType, List<String> correct,
            @Nullable Mapping mapping) {
    }

    /** A branch of response processing that tests one response against one value. */
    record Rule(String response, String value, BigDecimal tolerance, @Nullable Boolean caseSensitive,
            @Nullable BigDecimal points, @Nullable String feedback) {
    }

    /** A response declaration: cardinality, base type, correct values and mapping. */
    static Declaration declaration(XmlNode node, Problems problems) {
        String id = node.attr("identifier", "");
        List<String> correct = node.first("correctResponse")
                .map(c -> c.all("value").stream().map(XmlNode::textContent).toList()).orElse(List.of());
        Mapping mapping = node.first("mapping").map(m -> {
            BigDecimal fallback = orZero(Numbers.parse(m.attr("defaultValue")));
            List<Entry> entries = new ArrayList<>();
            for (XmlNode entry : m.all("mapEntry")) {
                BigDecimal value = Numbers.parse(entry.attr("mappedValue"));
                if (value == null) {
                    problems.add(entry, null, "invalid-value", "A map entry on line " + entry.line()
                            + " has no numeric mapped value.");
                    continue;
                }
                String sensitive = entry.attr("caseSensitive");
                entries.add(new Entry(entry.attr("mapKey", ""), value,
                        sensitive == null ? null : Boolean.valueOf(sensitive.strip())));
            }
            return new Mapping(fallback, entries);
        }).orElse(null);
        return new Declaration(id, node.attr("cardinality", "single"), node.attr("baseType", "string"),
                correct, mapping);
    }

    /** The branches of response processing that test one response against one value; {@code marks} is MAXSCORE. */
    static List<Rule> rules(XmlNode processing, BigDecimal marks) {
        List<Rule> rules = new ArrayList<>();
        processing.descendants()
                .filter(n -> n.name().equals("responseIf") || n.name().equals("responseElseIf"))
                .forEach(branch -> {
                    List<XmlNode> parts = branch.elements().toList();
                    if (parts.isEmpty()) {
                        return;
                    }
                    Rule rule = rule(parts.getFirst(), parts.subList(1, parts.size()), marks);
                    if (rule != null) {
                        rules.add(rule);
                    }
                });
        return rules;
    }

    private static @Nullable Rule rule(XmlNode test, List<XmlNode> actions, BigDecimal marks) {
        if (!Set.of("match", "equal", "equalRounded", "stringMatch").contains(test.name())) {
            return null;
        }
        String response = test.first("variable").map(v -> v.attr("identifier", "")).orElse(null);
        String value = test.first("baseValue").map(XmlNode::textContent).orElse(null);
        if (response == null || value == null) {
            return null;
        }
        BigDecimal tolerance = BigDecimal.ZERO;
        if (test.name().equals("equal") && "absolute".equals(test.attr("toleranceMode"))) {
            tolerance = maxOf(test.attr("tolerance", "0"));
        } else if (test.name().equals("equal") && "relative".equals(test.attr("toleranceMode"))) {
            BigDecimal number = Numbers.parse(value);
            tolerance = number == null ? BigDecimal.ZERO
                    : Numbers.round(number.abs().multiply(maxOf(test.attr("tolerance", "0")))
                            .movePointLeft(2));
        } else if (test.name().equals("equalRounded")) {
            tolerance = roundingTolerance(test, value);
        }
        Boolean caseSensitive = test.name().equals("stringMatch")
                ? Boolean.valueOf(test.attr("caseSensitive", "true").strip()) : null;
        BigDecimal points = null;
        String feedback = null;
        for (XmlNode action : actions) {
            if (!action.name().equals("setOutcomeValue")) {
                continue;
            }
            String outcome = action.attr("identifier", "");
            if (outcome.equals("SCORE")) {
                points = scoreOf(action, marks);
            } else if (outcome.startsWith("FEEDBACK")) {
                feedback = action.descendants().filter(n -> n.name().equals("baseValue")).findFirst()
                        .map(XmlNode::textContent).orElse(null);
            }
        }
        return new Rule(response, value, tolerance, caseSensitive, points, feedback);
    }

    private static @Nullable BigDecimal scoreOf(XmlNode action, BigDecimal marks) {
        List<XmlNode> values = action.descendants().filter(n -> n.name().equals("baseValue")).toList();
        if (values.size() == 1) {
            return Numbers.parse(values.getFirst().textContent());
        }
        boolean maximum = action.descendants()
                .anyMatch(n -> n.name().equals("variable") && "MAXSCORE".equals(n.attr("identifier")));
        return maximum ? marks : null;
    }

    private static BigDecimal maxOf(String tolerances) {
        BigDecimal max = BigDecimal.ZERO;
        for (String part : tolerances.strip().split("\\s+")) {
            BigDecimal value = Numbers.parse(part);
            if (value != null && value.abs().compareTo(max) > 0) {
                max = value.abs();
            }
        }
        return max.stripTrailingZeros();
    }

    private static BigDecimal roundingTolerance(XmlNode test, String value) {
        BigDecimal figures = Numbers.parse(test.attr("figures"));
        if (figures == null || figures.intValue() < 0 || figures.intValue() > 12) {
            return BigDecimal.ZERO;
        }
        int n = figures.intValue();
        if ("decimalPlaces".equals(test.attr("roundingMode"))) {
            return new BigDecimal("0.5").movePointLeft(n).stripTrailingZeros();
        }
        BigDecimal number = Numbers.parse(value);
        if (number == null || number.signum() == 0 || n == 0) {
            return BigDecimal.ZERO;
        }
        int magnitude = number.precision() - number.scale() - 1;
        return new BigDecimal("0.5").movePointRight(magnitude - n + 1).stripTrailingZeros();
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
