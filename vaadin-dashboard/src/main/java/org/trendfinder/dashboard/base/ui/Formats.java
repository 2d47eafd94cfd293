package org.trendfinder.dashboard.base.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Set;
import java.util.function.DoubleFunction;
import java.util.function.UnaryOperator;

import org.trendfinder.store.PlotColumns;
import org.trendfinder.store.TrendColumns;

/**
 * Every number the dashboard shows is formatted here: shares as percentages, lifts as multiples, counts with
 * thousands separators. CSV downloads are the store's files as written, at full precision.
 */
public final class Formats {

    // A name the plots and the trend table share (lift, window_projects, p_value) appears once: Set.of and
    // switch labels refuse duplicates, and the format is the same in both.
    /** Columns holding a fraction of 1 shown as a percentage. */
    private static final Set<String> SHARES = Set.of(PlotColumns.SHARE, TrendColumns.CURRENT_SHARE,
            TrendColumns.BASELINE_SHARE, PlotColumns.ALL_TIME_SHARE, PlotColumns.FUNDED_RATE,
            PlotColumns.CUMULATIVE_SHARE, PlotColumns.MOVEMENT, PlotColumns.ROLLING_1M, PlotColumns.ROLLING_3M,
            PlotColumns.ROLLING_6M, PlotColumns.ROLLING_12M);
    /** Columns holding a ratio to an average, shown as a multiple. */
    private static final Set<String> LIFTS = Set.of(PlotColumns.LIFT);
    /** Columns holding whole numbers of things. */
    private static final Set<String> COUNTS = Set.of(PlotColumns.PROJECTS, PlotColumns.TREND_PROJECTS,
            TrendColumns.CURRENT_PROJECTS, PlotColumns.TERM_PROJECTS, PlotColumns.WINDOW_PROJECTS,
            PlotColumns.INSIDE_PROJECTS, PlotColumns.OUTSIDE_PROJECTS, PlotColumns.INSIDE, PlotColumns.OUTSIDE,
            PlotColumns.MONTHS, PlotColumns.FEATURE_PROJECTS, TrendColumns.RANK, TrendColumns.TEACHERS,
            TrendColumns.SCHOOLS);
    private static final Set<String> MONEY = Set.of(PlotColumns.COST, PlotColumns.MEDIAN_COST);

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
                case PlotColumns.P_VALUE, TrendColumns.Q_VALUE -> Formats::pValue;
                case PlotColumns.RHO, TrendColumns.SCORE -> v -> decimal(v, 2);
                case PlotColumns.LOG_LIKELIHOOD, PlotColumns.MEDIAN_DAYS_TO_FUNDED -> v -> decimal(v, 1);
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
