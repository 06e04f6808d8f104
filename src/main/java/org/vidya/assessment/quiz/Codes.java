package org.vidya.assessment.quiz;

import java.util.Locale;
import java.util.Optional;

/** Enum constants as the API writes them: lower case with hyphens ({@code AFTER_SUBMIT} is {@code after-submit}). */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        String name = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
