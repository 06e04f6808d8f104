package org.vidya.mastery.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Fixed-size model state as numbers, stored by the engine as text ({@link #encode()}) so that the
 * model can change what it keeps without a schema change. What each slot means is the model's
 * business; {@link LearnerTrace} and {@link ConceptTrace} give them names.
 */
abstract sealed class Trace permits LearnerTrace, ConceptTrace {

    final double[] values;

    Trace(double[] values) {
        this.values = values;
    }

    /** Compact text: the numbers separated by spaces. */
    public String encode() {
        return Arrays.stream(values).mapToObj(v -> v == Math.rint(v) && Math.abs(v) < 1e15
                ? Long.toString((long) v) : String.format(Locale.ROOT, "%.6g", v)).collect(Collectors.joining(" "));
    }

    static double[] decode(String text, int size) {
        double[] values = new double[size];
        String[] parts = text.isBlank() ? new String[0] : text.trim().split(" ");
        for (int i = 0; i < Math.min(size, parts.length); i++) {
            values[i] = Double.parseDouble(parts[i]);
        }
        return values;
    }

    public double get(int slot) {
        return values[slot];
    }
}
