package org.trendfinder.dashboard.base.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.trendfinder.store.CsvTable;

/** Column and pivot helpers over a store table. */
public final class Tables {

    private Tables() {
    }

    public static List<String> text(CsvTable t, String column) {
        int c = t.column(column);
        return t.rows().stream().map(r -> r.get(c)).toList();
    }

    public static List<OptionalDouble> numbers(CsvTable t, String column) {
        List<OptionalDouble> out = new ArrayList<>(t.size());
        for (int r = 0; r < t.size(); r++) {
            out.add(t.number(r, column));
        }
        return out;
    }

    public static List<OptionalDouble> map(List<OptionalDouble> values, DoubleUnaryOperator f) {
        return values.stream().map(v -> v.isPresent() ? OptionalDouble.of(f.applyAsDouble(v.getAsDouble()))
                : OptionalDouble.empty()).toList();
    }

    /** Distinct values of a column, in first-seen order. */
    public static List<String> distinct(CsvTable t, String column) {
        return List.copyOf(new LinkedHashSet<>(text(t, column)));
    }

    /** Rows whose {@code column} equals {@code value}, as a new table. */
    public static CsvTable where(CsvTable t, String column, String value) {
        int c = t.column(column);
        return new CsvTable(t.header(), t.rows().stream().filter(r -> value.equals(r.get(c))).toList());
    }

    /**
     * A long table (row key, series key, value) as one value list per series over the ordered row keys;
     * a (row, series) pair that is absent becomes an empty value.
     */
    public record Pivot(List<String> rows, Map<String, List<OptionalDouble>> series) {
    }

    public static Pivot pivot(CsvTable t, String rowColumn, String seriesColumn, String valueColumn) {
        List<String> rowKeys = distinct(t, rowColumn).stream().sorted().toList();
        List<String> seriesKeys = distinct(t, seriesColumn);
        Map<String, Map<String, OptionalDouble>> cells = new LinkedHashMap<>();
        for (int r = 0; r < t.size(); r++) {
            cells.computeIfAbsent(t.cell(r, seriesColumn), k -> new LinkedHashMap<>())
                    .put(t.cell(r, rowColumn), t.number(r, valueColumn));
        }
        Map<String, List<OptionalDouble>> series = new LinkedHashMap<>();
        for (String s : seriesKeys) {
            Map<String, OptionalDouble> byRow = cells.getOrDefault(s, Map.of());
            series.put(s, rowKeys.stream().map(k -> byRow.getOrDefault(k, OptionalDouble.empty())).toList());
        }
        return new Pivot(rowKeys, series);
    }

    /** Each row's values as shares of the row total, in percent. */
    public static Map<String, List<OptionalDouble>> percentOfRow(Pivot p) {
        int n = p.rows().size();
        double[] totals = new double[n];
        p.series().values().forEach(vals -> {
            for (int i = 0; i < n; i++) {
                totals[i] += vals.get(i).orElse(0);
            }
        });
        Map<String, List<OptionalDouble>> out = new LinkedHashMap<>();
        p.series().forEach((name, vals) -> {
            List<OptionalDouble> pct = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                pct.add(totals[i] > 0 && vals.get(i).isPresent()
                        ? OptionalDouble.of(100 * vals.get(i).getAsDouble() / totals[i]) : OptionalDouble.empty());
            }
            out.put(name, pct);
        });
        return out;
    }
}
