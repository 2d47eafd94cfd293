package org.trendfinder.dashboard.base.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

/**
 * Every number the dashboard shows is formatted here: shares as percentages, lifts as multiples, counts with
 * thousands separators. CSV downloads are the store's files as written, at full precision.
 */
public final class Formats {

    /** Columns holding a fraction of 1 shown as a percentage. */
    private static final Set<String> SHARES = Set.of("share", "current_share", "baseline_share", "all_time_share",
            "funded_rate", "cumulative_share", "movement", "rolling_1m", "rolling_3m", "rolling_6m", "rolling_12m");
    /** Columns holding a ratio to an average, shown as a multiple. */
    private static final Set<String> LIFTS = Set.of("lift");
    /** Columns holding whole numbers of things. */
    private static final Set<String> COUNTS = Set.of("projects", "trend_projects", "current_projects",
            "term_projects", "window_projects", "inside_projects", "outside_projects", "inside", "outside", "months",
            "feature_projects", "rank", "teachers", "schools");
    private static final Set<String> MONEY = Set.of("cost", "median_cost");

    private Formats() {
    }

    /** 0.0123 -> "1.23 %"; empty for a missing or undefined value. */
    public static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f %%", 100 * fraction) : "";
    }

    /** 2.345 -> "2.35×". */
    public static String lift(double lift) {
        return Double.isFinite(lift) ? String.format(Locale.ROOT, "%.2f\u00d7", lift) : "";
    }

    /** 12345 -> "12,345". */
    public static String count(double n) {
        return Double.isFinite(n) ? NumberFormat.getIntegerInstance(Locale.US).format(Math.round(n)) : "";
    }

    /** 1234.5 -> "1,234.50". */
    public static String money(double amount) {
        if (!Double.isFinite(amount)) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    /** A plain number to {@code decimals} decimals. */
    public static String decimal(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "";
    }

    /** Two significant digits: p-values span many orders of magnitude. */
    public static String pValue(double p) {
        return Double.isFinite(p) ? String.format(Locale.ROOT, "%.2g", p) : "";
    }

    /** How a store column's cells are shown; text and unknown columns as they are. */
    public static UnaryOperator<String> column(String column) {
        DoubleFunction<String> f;
        if (SHARES.contains(column)) {
            f = Formats::percent;
        } else if (LIFTS.contains(column)) {
            f = Formats::lift;
        } else if (COUNTS.contains(column)) {
            f = Formats::count;
        } else if (MONEY.contains(column)) {
            f = Formats::money;
        } else {
            f = switch (column) {
                case "p_value", "q_value" -> Formats::pValue;
                case "rho", "score" -> v -> decimal(v, 2);
                case "log_likelihood", "median_days_to_funded" -> v -> decimal(v, 1);
                default -> null;
            };
        }
        if (f == null) {
            return s -> s;
        }
        DoubleFunction<String> format = f;
        return s -> {
            if (s == null || s.isBlank()) {
                return "";
            }
            try {
                return format.apply(Double.parseDouble(s));
            } catch (NumberFormatException e) {
                return s;
            }
        };
    }
}
