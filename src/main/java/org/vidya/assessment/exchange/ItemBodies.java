package org.vidya.assessment.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Building and reading item bodies (docs/item-format.md) the same way in every format, so that a
 * number written by one format reads back as the same JSON number in another.
 */
public final class ItemBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_LETTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** Fractions and weights keep seven decimals, as Moodle stores them. */
    public static final int FRACTION_SCALE = 7;

    private ItemBodies() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ArrayNode array() {
        return NODES.arrayNode();
    }

    /** A JSON number without trailing zeros: an integer node when whole, a decimal node otherwise. */
    public static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        if (plain.scale() <= 0) {
            BigInteger whole = plain.toBigIntegerExact();
            if (whole.bitLength() < 32) {
                return NODES.numberNode(whole.intValue());
            }
            if (whole.bitLength() < 64) {
                return NODES.numberNode(whole.longValue());
            }
            return NODES.numberNode(whole);
        }
        return NODES.numberNode(plain);
    }

    /** A percentage (Moodle's {@code 33.33333}, GIFT's {@code %50%}) as a fraction of credit. */
    public static BigDecimal fromPercent(BigDecimal percent) {
        return percent.divide(BigDecimal.valueOf(100), FRACTION_SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** A fraction as a percentage without trailing zeros ({@code 0.5} → {@code 50}). */
    public static String toPercent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString();
    }

    /** A number as people write it: no exponent, no trailing zeros. */
    public static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** The node's value as a decimal; zero when it is missing or not a number. */
    public static BigDecimal decimal(@Nullable JsonNode node) {
        if (node == null || !node.isNumber()) {
            return BigDecimal.ZERO;
        }
        return node.decimalValue();
    }

    /** The node's text, or {@code fallback} when it is missing or not a string. */
    public static String text(@Nullable JsonNode node, String fallback) {
        return node != null && node.isString() ? node.asString() : fallback;
    }

    /** The named field's text, or null when missing, not a string or blank. */
    public static @Nullable String optionalText(JsonNode object, String field) {
        JsonNode node = object.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            return null;
        }
        return node.asString();
    }

    /** Short random option ids, unique within one item, that never reveal the key's order. */
    public static final class OptionIds {

        private final Set<String> used = new HashSet<>();

        public String next() {
            while (true) {
                StringBuilder id = new StringBuilder(5);
                for (int i = 0; i < 5; i++) {
                    id.append(ID_LETTERS.charAt(RANDOM.nextInt(ID_LETTERS.length())));
                }
                if (used.add(id.toString())) {
                    return id.toString();
                }
            }
        }
    }
}
