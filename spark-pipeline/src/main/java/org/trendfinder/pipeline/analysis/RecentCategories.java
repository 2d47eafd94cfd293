package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.trendfinder.pipeline.analysis.ProjectStack.RECENT_RUNS;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * Projects per category of each {@code by_*} dimension over each run's recent period, plus the period's total
 * under dimension and category {@link Aggregates#RECENT_TOTAL}.
 *
 * @param byRun run index -> slug -> dimension -> category -> projects (read-only)
 */
record RecentCategories(Map<Integer, Map<String, Map<String, Map<String, Long>>>> byRun) {

    /** The dimensions of the {@code by_*} plots: the project column each one breaks down. */
    static final List<String> DIMENSIONS = List.of(ProjectColumns.STATE, ProjectColumns.POVERTY_LEVEL,
            ProjectColumns.METRO_TYPE, ProjectColumns.GRADE_LEVEL, Aggregates.SUBJECT,
            ProjectColumns.RESOURCE_CATEGORY, ProjectColumns.TEACHER_PREFIX);

    /** dimension -> category -> projects of {@code slug} in run {@code run}'s recent period. */
    Map<String, Map<String, Long>> of(int run, String slug) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, Map.of());
    }

    /** One Spark job. */
    static RecentCategories collect(Dataset<Row> stacked) {
        // the (dimension, category) pairs are built only for the few rows in a recent period, never cached
        List<Row> rows = stacked.where(expr("size(" + RECENT_RUNS + ") > 0"))
                .select(col(SLUG), explode(col(RECENT_RUNS)).as("run"), categories().as("categories"))
                .select(col(SLUG), col("run"), explode(col("categories")).as("c"))
                .groupBy(col(SLUG), col("run"), col("c.dim").as("dim"), col("c.value").as("value")).count()
                .collectAsList();
        Map<Integer, Map<String, Map<String, Map<String, Long>>>> byRun = new HashMap<>();
        for (Row r : rows) {
            byRun.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(2), k -> new HashMap<>())
                    .merge(r.getString(3), r.getLong(4), Long::sum);
        }
        return new RecentCategories(FrozenMaps.frozen(byRun, bySlug -> FrozenMaps.frozen(bySlug,
                byDim -> FrozenMaps.frozen(byDim, FrozenMaps::frozen))));
    }

    /** (dimension, category) pairs of the by_* plots, plus a total marker; a project counts once per subject. */
    private static Column categories() {
        List<Column> pairs = new ArrayList<>();
        pairs.add(struct(lit(Aggregates.RECENT_TOTAL).as("dim"), lit(Aggregates.RECENT_TOTAL).as("value")));
        for (String dim : DIMENSIONS) {
            if (!dim.equals(Aggregates.SUBJECT)) {
                pairs.add(struct(lit(dim).as("dim"), coalesce(col(dim), lit("Unknown")).as("value")));
            }
        }
        Column subjects = expr("transform(" + ProjectColumns.SUBJECTS
                + ", s -> named_struct('dim', 'subject', 'value', s))");
        return concat(array(pairs.toArray(Column[]::new)), subjects);
    }
}
