package org.trendfinder.pipeline.notify;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the summary prints numbers: shares as percentages, score and lift with two decimals, a dash when missing. */
final class SummaryNumbers {

    static final String MISSING = "–";

    private SummaryNumbers() {
    }

    /** A share stored as a fraction (0.125) printed as a percentage ("12.50%"). */
    static String percent(OptionalDouble fraction) {
        return fraction.isPresent() && Double.isFinite(fraction.getAsDouble())
                ? String.format(Locale.ROOT, "%.2f%%", fraction.getAsDouble() * 100)
                : MISSING;
    }

    static String decimal(OptionalDouble value) {
        return value.isPresent() && Double.isFinite(value.getAsDouble())
                ? String.format(Locale.ROOT, "%.2f", value.getAsDouble())
                : MISSING;
    }

    /** Lift as a ratio ("3.20×"); the store writes an empty cell when the baseline share is zero. */
    static String lift(OptionalDouble value) {
        String d = decimal(value);
        return d.equals(MISSING) ? MISSING : d + "×";
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
