package org.trendfinder.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A small in-memory table: a header and rows of cells, as the store's {@code df.csv} files hold them.
 * Cells are kept as text exactly as written; numbers are written in plain decimal notation
 * (never {@code 1.0E-4}) and missing or non-finite numbers as empty cells.
 */
public final class CsvTable {

    private final List<String> header;
    private final List<List<String>> rows;
    private final Map<String, Integer> index;

    public CsvTable(List<String> header, List<List<String>> rows) {
        this.header = List.copyOf(header);
        this.index = new HashMap<>();
        for (int i = 0; i < this.header.size(); i++) {
            if (index.putIfAbsent(this.header.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate column '" + this.header.get(i) + "'");
            }
        }
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() != this.header.size()) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + row.size() + " cells, the header "
                        + this.header.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        this.rows = Collections.unmodifiableList(copy);
    }

    public static Builder builder(List<String> header) {
        return new Builder(header);
    }

    public static Builder builder(String... header) {
        return new Builder(List.of(header));
    }

    public List<String> header() {
        return header;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public boolean hasColumn(String column) {
        return index.containsKey(column);
    }

    public int column(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no column '" + name + "' in " + header);
        }
        return i;
    }

    public String cell(int row, String column) {
        return rows.get(row).get(column(column));
    }

    /** The cell as a number; empty when the cell is empty or not a number. */
    public OptionalDouble number(int row, String column) {
        String text = cell(row, column);
        if (text == null || text.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Formats a value as the store writes it: plain decimal numbers, empty for null, NaN and infinities. */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                return "";
            }
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
        }
        if (value instanceof BigDecimal bd) {
            return bd.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvTable t && header.equals(t.header) && rows.equals(t.rows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, rows);
    }

    @Override
    public String toString() {
        return "CsvTable" + header + " x " + rows.size() + " rows";
    }

    /** Collects rows; each value is formatted with {@link #format(Object)}. */
    public static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();

        private Builder(List<String> header) {
            this.header = List.copyOf(header);
        }

        public Builder row(Object... values) {
            return row(List.of(values.length == 0 ? new Object[0] : nullSafe(values)));
        }

        public Builder row(List<?> values) {
            if (values.size() != header.size()) {
                throw new IllegalArgumentException("expected " + header.size() + " values for " + header + ", got "
                        + values.size());
            }
            List<String> cells = new ArrayList<>(values.size());
            for (Object v : values) {
                cells.add(format(v instanceof NullCell ? null : v));
            }
            rows.add(cells);
            return this;
        }

        public CsvTable build() {
            return new CsvTable(header, rows);
        }

        private static Object[] nullSafe(Object[] values) {
            Object[] copy = values.clone();
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] == null) {
                    copy[i] = NullCell.INSTANCE;
                }
            }
            return copy;
        }
    }

    /** Stands in for null inside {@code List.of}, which refuses nulls. */
    private enum NullCell {
        INSTANCE
    }
}
