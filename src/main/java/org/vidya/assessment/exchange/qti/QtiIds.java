package org.vidya.assessment.exchange.qti;

import java.util.regex.Pattern;

/** QTI identifiers (XML names) for Vidya ids, which may start with a digit or hold other characters. */
final class QtiIds {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

    private QtiIds() {
    }

    static boolean isIdentifier(String value) {
        return IDENTIFIER.matcher(value).matches();
    }

    /** The value itself when it is an identifier, else {@code ID-} and the value with other characters as {@code _}. */
    static String identifier(String value) {
        if (isIdentifier(value)) {
            return value;
        }
        String cleaned = value.replaceAll("[^A-Za-z0-9_.-]", "_");
        return "ID-" + (cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned);
    }
}
