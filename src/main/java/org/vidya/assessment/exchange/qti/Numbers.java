package org.vidya.assessment.exchange.qti;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/** Scores and fractions as QTI writes them: plain decimals, at most seven places. */
final class Numbers {

    static final int SCALE = 7;

    private Numbers() {
    }

    static @Nullable BigDecimal parse(@Nullable String text) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip());
            // 6.022e23 is a number an item may ask for; 1e999999999 is one nobody should print out in full.
            return value.scale() < -100 || value.scale() > 100 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String text(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0).toPlainString() : plain.toPlainString();
    }

    static BigDecimal divide(BigDecimal a, BigDecimal b) {
        return a.divide(b, SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    static BigDecimal clamp(BigDecimal value) {
        return value.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE);
    }

    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
