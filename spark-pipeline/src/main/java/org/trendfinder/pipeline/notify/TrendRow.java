package org.trendfinder.pipeline.notify;

import java.util.List;
import java.util.OptionalDouble;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.TrendColumns;
import org.trendfinder.store.TrendRecord;
import org.trendfinder.store.TrendTable;

/** One line of a summary's trend table, its numbers already formatted for reading. */
record TrendRow(String rank, String trend, String slug, String score, String currentShare, String baselineShare,
                String lift) {

    private static final List<String> SHOWN = List.of(TrendColumns.RANK, TrendColumns.TREND, TrendColumns.SLUG,
            TrendColumns.SCORE, TrendColumns.CURRENT_SHARE, TrendColumns.BASELINE_SHARE, TrendColumns.LIFT);

    /** The columns of {@code df.csv} the summary needs and the table lacks; empty when it can be shown. */
    static List<String> missingColumns(CsvTable table) {
        return TrendTable.missingColumns(table, SHOWN);
    }

    /** The first {@code limit} rows of a run's {@code df.csv}, which the store keeps best first. */
    static List<TrendRow> top(CsvTable table, int limit) {
        return TrendTable.read(table).stream().limit(limit).map(TrendRow::of).toList();
    }

    private static TrendRow of(TrendRecord r) {
        // A NaN (an empty cell) prints as the missing-number dash, as SummaryNumbers does for any non-finite value.
        return new TrendRow(Integer.toString(r.rank()), r.term(), r.slug().trim(),
                SummaryNumbers.decimal(OptionalDouble.of(r.score())),
                SummaryNumbers.percent(OptionalDouble.of(r.currentShare())),
                SummaryNumbers.percent(OptionalDouble.of(r.baselineShare())),
                SummaryNumbers.lift(OptionalDouble.of(r.lift())));
    }
}
