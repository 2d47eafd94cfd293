package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.trendfinder.pipeline.analysis.ProjectStack.RECENT_RUNS;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * Each trend's newest projects in each run's recent period, for the {@code examples} plot.
 *
 * @param byRun run index -> slug -> examples, newest first, then by project id (read-only)
 */
record ExampleProjects(Map<Integer, Map<String, List<Example>>> byRun) {

    /** An example project of a trend in a run's recent period. */
    record Example(String projectId, String title, String state, LocalDate postedDate, String status, Double cost,
                   LocalDate fullyFundedDate) {
    }

    List<Example> of(int run, String slug) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, List.of());
    }

    /** One Spark job: at most {@code perTrend} examples per (run, trend). */
    static ExampleProjects collect(Dataset<Row> stacked, int perTrend) {
        var newestFirst = Window.partitionBy(SLUG, "run")
                .orderBy(col(ProjectColumns.POSTED_DATE).desc(), col(ProjectColumns.PROJECT_ID).asc());
        List<Row> rows = stacked.where(col(SLUG).notEqual(lit(Aggregates.ALL)))
                .select(col(SLUG), explode(col(RECENT_RUNS)).as("run"), col(ProjectColumns.PROJECT_ID),
                        col(ProjectColumns.TITLE), col(ProjectColumns.STATE), col(ProjectColumns.POSTED_DATE),
                        col(ProjectColumns.STATUS), col(ProjectColumns.COST), col(ProjectColumns.FULLY_FUNDED_DATE))
                .withColumn("rank", row_number().over(newestFirst))
                .where(col("rank").leq(perTrend))
                .collectAsList();
        Map<Integer, Map<String, List<Example>>> byRun = new HashMap<>();
        for (Row r : rows) {
            Example e = new Example(r.getString(2), r.getString(3), r.getString(4),
                    r.getDate(5).toLocalDate(), r.getString(6), r.isNullAt(7) ? null : r.getDouble(7),
                    r.isNullAt(8) ? null : r.getDate(8).toLocalDate());
            byRun.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(e);
        }
        Comparator<Example> newestThenId = Comparator.comparing(Example::postedDate).reversed()
                .thenComparing(Example::projectId);
        return new ExampleProjects(FrozenMaps.frozen(byRun, bySlug -> FrozenMaps.frozen(bySlug, list -> {
            list.sort(newestThenId);
            return List.copyOf(list);
        })));
    }
}
