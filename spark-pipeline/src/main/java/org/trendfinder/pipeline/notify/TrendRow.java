package org.trendfinder.pipeline.notify;

import java.util.ArrayList;
import java.util.List;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.TrendColumns;

/** One line of a summary's trend table, its numbers already formatted for reading. */
record TrendRow(String rank, String trend, String slug, String score, String currentShare, String baselineShare,
                String lift) {

    private static final List<String> SHOWN = List.of(TrendColumns.RANK, TrendColumns.TREND, TrendColumns.SLUG,
            TrendColumns.SCORE, TrendColumns.CURRENT_SHARE, TrendColumns.BASELINE_SHARE, TrendColumns.LIFT);

    /** The columns of {@code df.csv} the summary needs and the table lacks; empty when it can be shown. */
    static List<String> missingColumns(CsvTable table) {
        return SHOWN.stream().filter(c -> !table.hasColumn(c)).toList();
    }

    /** The first {@code limit} rows of a run's {@code df.csv}, which the store keeps best first. */
    static List<TrendRow> top(CsvTable table, int limit) {
        int n = Math.min(limit, table.size());
        List<TrendRow> rows = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            rows.add(new TrendRow(
                    table.cell(r, TrendColumns.RANK).trim(),
                    table.cell(r, TrendColumns.TREND),
                    table.cell(r, TrendColumns.SLUG).trim(),
                    SummaryNumbers.decimal(table.number(r, TrendColumns.SCORE)),
                    SummaryNumbers.percent(table.number(r, TrendColumns.CURRENT_SHARE)),
                    SummaryNumbers.percent(table.number(r, TrendColumns.BASELINE_SHARE)),
                    SummaryNumbers.lift(table.number(r, TrendColumns.LIFT))));
        }
        return rows;
    }
}
