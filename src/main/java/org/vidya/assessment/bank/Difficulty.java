package org.vidya.assessment.bank;

import java.util.Locale;

/** An author's difficulty label; until calibrated, it also gives the item's IRT parameters. */
public enum Difficulty {
    EASY(-1.0),
    MEDIUM(0.0),
    HARD(1.0);

    private final double defaultB;

    Difficulty(double defaultB) {
        this.defaultB = defaultB;
    }

    /** IRT parameters an uncalibrated item of this difficulty starts from: a = 1, b by label, c = 0. */
    public Irt defaultIrt() {
        return new Irt(1.0, defaultB, 0.0, false);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Difficulty fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
