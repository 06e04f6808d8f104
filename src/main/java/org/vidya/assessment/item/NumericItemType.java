package org.vidya.assessment.item;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.vidya.assessment.spi.ItemScore;
import org.vidya.assessment.spi.RenderContext;
import org.vidya.platform.FieldViolation;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A number, within a tolerance, optionally with a unit. A response matches the first answer with
 * |value / multiplier - answer| <= tolerance; listed units must be used exactly (spaces ignored),
 * a missing unit is accepted unless {@code unitRequired}. Response {@code {"value": "9.8", "unit": "m/s^2"}}.
 * Arithmetic is decimal, so 9.86 is within 0.05 of 9.81.
 */
@Component
public class NumericItemType implements GapType {

    private static final int MAX_ANSWERS = 20;
    private static final int MAX_UNITS = 20;
    private static final int MAX_VALUE_LENGTH = 100;
    private static final int MAX_UNIT_LENGTH = 40;

    @Override
    public String id() {
        return "numeric";
    }

    @Override
    public boolean autoGraded() {
        return true;
    }

    @Override
    public List<FieldViolation> validate(JsonNode body) {
        return check(body, true);
    }

    @Override
    public List<FieldViolation> validateGap(JsonNode body) {
        return check(body, false);
    }

    private List<FieldViolation> check(JsonNode body, boolean promptRequired) {
        Checks checks = new Checks();
        if (!checks.object(body, "")) {
            return checks.list();
        }
        checks.text(body, "", "prompt", promptRequired);
        checks.bool(body, "", "unitRequired", false);
        checks.answers(body, MAX_ANSWERS, (answer, path) -> {
            checks.decimal(answer, path, "value", true);
            BigDecimal tolerance = checks.decimal(answer, path, "tolerance", false);
            if (tolerance != null && tolerance.signum() < 0) {
                checks.add(Checks.at(path, "tolerance"), "out-of-range", "must be zero or more");
            }
        });
        JsonNode units = body.get("units");
        if (units != null && !units.isNull()) {
            if (!units.isArray()) {
                checks.add("units", "wrong-type", "must be a list");
            } else if (units.size() > MAX_UNITS) {
                checks.add("units", "too-many", "may have at most " + MAX_UNITS + " entries");
            } else {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < units.size(); i++) {
                    JsonNode unit = units.get(i);
                    String path = Checks.at("units", i);
                    if (!checks.object(unit, path)) {
                        continue;
                    }
                    String name = checks.string(unit, path, "unit", true, MAX_UNIT_LENGTH);
                    if (name != null && !seen.add(stripSpaces(name))) {
                        checks.add(Checks.at(path, "unit"), "duplicate", "is listed twice");
                    }
                    BigDecimal multiplier = checks.decimal(unit, path, "multiplier", false);
                    if (multiplier != null && multiplier.signum() <= 0) {
                        checks.add(Checks.at(path, "multiplier"), "out-of-range", "must be more than zero");
                    }
                }
            }
        }
        return checks.list();
    }

    @Override
    public ObjectNode render(JsonNode body, RenderContext context) {
        ObjectNode shown = Rendering.object();
        Rendering.copyText(body, shown, "prompt");
        ArrayNode units = shown.putArray("units");
        for (JsonNode unit : body.path("units")) {
            units.add(unit.path("unit").asString(""));
        }
        return shown;
    }

    @Override
    public List<FieldViolation> validateResponse(JsonNode body, JsonNode response) {
        if (Checks.absent(response)) {
            return List.of();
        }
        Checks checks = new Checks();
        if (!checks.object(response, "")) {
            return checks.list();
        }
        JsonNode value = response.get("value");
        if (value != null && !value.isNull()) {
            if (value.isString() && value.stringValue().length() > MAX_VALUE_LENGTH) {
                checks.add("value", "too-long", "must be at most " + MAX_VALUE_LENGTH + " characters");
            } else if (!value.isString() && !value.isNumber()) {
                checks.add("value", "wrong-type", "must be a decimal number as a string");
            } else if (value.isString() && !value.stringValue().isBlank() && parse(value) == null) {
                checks.add("value", "not-a-number", "must be a decimal number such as 9.81");
            }
        }
        JsonNode unit = response.get("unit");
        if (unit != null && !unit.isNull()) {
            if (!unit.isString()) {
                checks.add("unit", "wrong-type", "must be a string");
            } else if (unit.stringValue().length() > MAX_UNIT_LENGTH) {
                checks.add("unit", "too-long", "must be at most " + MAX_UNIT_LENGTH + " characters");
            }
        }
        return checks.list();
    }

    @Override
    public ItemScore grade(JsonNode body, JsonNode response) {
        if (Checks.absent(response) || !response.isObject()) {
            return ItemScore.unanswered();
        }
        BigDecimal value = parse(response.get("value"));
        if (value == null) {
            return ItemScore.unanswered();
        }
        BigDecimal multiplier = BigDecimal.ONE;
        JsonNode units = body.get("units");
        JsonNode given = response.get("unit");
        String unit = given != null && given.isString() ? stripSpaces(given.stringValue()) : "";
        if (units != null && units.isArray() && !units.isEmpty()) {
            if (unit.isEmpty()) {
                if (body.path("unitRequired").asBoolean(false)) {
                    return ItemScore.of(0, null);
                }
            } else {
                JsonNode match = null;
                for (JsonNode listed : units) {
                    if (unit.equals(stripSpaces(listed.path("unit").asString("")))) {
                        match = listed;
                        break;
                    }
                }
                if (match == null) {
                    return ItemScore.of(0, null);
                }
                JsonNode m = match.get("multiplier");
                if (m != null && m.isNumber() && m.decimalValue().signum() > 0) {
                    multiplier = m.decimalValue();
                }
            }
        }
        BigDecimal scaled = value.divide(multiplier, MathContext.DECIMAL64);
        for (JsonNode answer : body.path("answers")) {
            JsonNode expected = answer.get("value");
            if (expected == null || !expected.isNumber()) {
                continue;
            }
            JsonNode t = answer.get("tolerance");
            BigDecimal tolerance = t != null && t.isNumber() ? t.decimalValue().abs() : BigDecimal.ZERO;
            if (scaled.subtract(expected.decimalValue()).abs().compareTo(tolerance) <= 0) {
                JsonNode feedback = answer.get("feedback");
                return ItemScore.of(answer.path("fraction").asDouble(1),
                        feedback != null && feedback.isString() ? feedback.stringValue() : null);
            }
        }
        return ItemScore.of(0, null);
    }

    /** A decimal from a response's value ("9.81", " -3 ", "1.5e3", or a JSON number); null when blank or not a number. */
    static @Nullable BigDecimal parse(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Double.isFinite(value.doubleValue()) ? value.decimalValue() : null;
        }
        if (!value.isString()) {
            return null;
        }
        String text = value.stringValue().strip();
        if (text.isEmpty() || text.length() > MAX_VALUE_LENGTH) {
            return null;
        }
        try {
            BigDecimal parsed = new BigDecimal(text);
            // An exponent such as 1e999999999 parses but would make every comparison slow.
            return Math.abs(parsed.scale()) > 1000 ? null : parsed;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String stripSpaces(String unit) {
        StringBuilder out = new StringBuilder(unit.length());
        for (int i = 0; i < unit.length(); i++) {
            char c = unit.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
