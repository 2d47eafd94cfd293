package org.trendfinder.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Writes and reads a run's trend table ({@code df.csv}): the one place that knows its row layout. */
public final class TrendTable {

    /** The columns a table must have for its rows to be read at all: without them a row means nothing. */
    private static final List<String> IDENTITY = List.of(TrendColumns.RANK, TrendColumns.TREND, TrendColumns.SLUG);

    private TrendTable() {
    }

    /**
     * The table of {@code rows}, in the order given: the required columns, then the union of the rows' extra
     * columns in first-seen order; a row without one of them gets an empty cell.
     */
    public static CsvTable write(List<TrendRecord> rows) {
        Set<String> extra = new LinkedHashSet<>();
        rows.forEach(r -> extra.addAll(r.extras().keySet()));
        List<String> header = new ArrayList<>(TrendColumns.REQUIRED);
        header.addAll(extra);
        CsvTable.Builder table = CsvTable.builder(header);
        for (TrendRecord r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.rank(), r.term(), r.slug(), r.score(),
                    r.currentProjects(), r.currentShare(), r.baselineShare(), r.lift()));
            extra.forEach(column -> cells.add(r.extras().get(column)));
            table.row(cells);
        }
        return table.build();
    }

    /**
     * The table's rows in file order (the store keeps them best first). Tolerant, as readers of older or
     * foreign stores must be: a missing or non-numeric number reads as NaN ({@code current_projects} as 0), a
     * row whose rank is not a number is skipped, slugs are returned as written (check {@link Slug#isValid}
     * before using one in a path or link).
     *
     * @throws StoreFormatException when the table lacks the rank, trend or slug column
     */
    public static List<TrendRecord> read(CsvTable table) {
        List<String> lacking = IDENTITY.stream().filter(c -> !table.hasColumn(c)).toList();
        if (!lacking.isEmpty()) {
            throw new StoreFormatException("the trend table lacks the columns " + lacking);
        }
        List<String> extras = table.header().stream().filter(c -> !TrendColumns.REQUIRED.contains(c)).toList();
        List<TrendRecord> rows = new ArrayList<>(table.size());
        for (int r = 0; r < table.size(); r++) {
            OptionalDouble rank = table.number(r, TrendColumns.RANK);
            if (rank.isEmpty()) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (String column : extras) {
                cells.put(column, table.cell(r, column));
            }
            rows.add(new TrendRecord((int) rank.getAsDouble(), table.cell(r, TrendColumns.TREND),
                    table.cell(r, TrendColumns.SLUG), number(table, r, TrendColumns.SCORE),
                    (long) optional(table, r, TrendColumns.CURRENT_PROJECTS).orElse(0),
                    number(table, r, TrendColumns.CURRENT_SHARE), number(table, r, TrendColumns.BASELINE_SHARE),
                    number(table, r, TrendColumns.LIFT), cells));
        }
        return List.copyOf(rows);
    }

    /** The {@link TrendColumns#REQUIRED} columns the table lacks, in their order; empty for a complete table. */
    public static List<String> missingColumns(CsvTable table) {
        return missingColumns(table, TrendColumns.REQUIRED);
    }

    /** The ones of {@code columns} the table lacks, in their order. */
    public static List<String> missingColumns(CsvTable table, List<String> columns) {
        return columns.stream().filter(c -> !table.hasColumn(c)).toList();
    }

    private static double number(CsvTable table, int row, String column) {
        return optional(table, row, column).orElse(Double.NaN);
    }

    private static OptionalDouble optional(CsvTable table, int row, String column) {
        return table.hasColumn(column) ? table.number(row, column) : OptionalDouble.empty();
    }
}
