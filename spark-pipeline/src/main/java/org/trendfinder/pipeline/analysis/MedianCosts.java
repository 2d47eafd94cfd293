package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.round;
import static org.trendfinder.pipeline.analysis.ProjectStack.CUTS;
import static org.trendfinder.pipeline.analysis.ProjectStack.MONTH;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.store.PlotColumns;

/**
 * The median project cost per (slug, month cut), for the {@code funding} plot: exact, the mean of the two middle
 * costs for an even count, as the plot's median days to funding ({@link Histograms#median}). It was
 * {@code percentile_approx}, whose pick among near-median costs depended on how the projects were partitioned,
 * so the same history read from raw CSV and from Parquet gave different medians (542.06 against 541.8). The
 * median is rounded to a tenth of a cent: costs are dollars and cents, so the mean of two is a multiple of half a
 * cent, and rounding drops only the binary remainder of the sum (29.35 and 2494.49 give 1261.92, not
 * 1261.9199999999998).
 *
 * @param bySlug slug -> (month, cut) -> median cost (read-only; no entry where no project has a cost)
 */
record MedianCosts(Map<String, Map<MonthCut, Double>> bySlug) {

    /** A tenth of a cent: exact for the mean of two costs in cents. */
    static final int DECIMALS = 3;

    /** One Spark job. */
    static MedianCosts collect(Dataset<Row> stacked) {
        // percentile keeps each group's distinct costs and their counts: a month of projects, not the history.
        List<Row> rows = stacked.select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(ProjectColumns.COST))
                .groupBy(SLUG, MONTH, "cut")
                .agg(round(percentile(col(ProjectColumns.COST), lit(0.5)), DECIMALS).as(PlotColumns.MEDIAN_COST))
                .collectAsList();
        Map<String, Map<MonthCut, Double>> bySlug = new HashMap<>();
        for (Row r : rows) {
            if (!r.isNullAt(3)) {
                bySlug.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                        .put(new MonthCut(YearMonth.parse(r.getString(1)), r.getInt(2)), r.getDouble(3));
            }
        }
        return new MedianCosts(FrozenMaps.frozen(bySlug, FrozenMaps::frozen));
    }
}
