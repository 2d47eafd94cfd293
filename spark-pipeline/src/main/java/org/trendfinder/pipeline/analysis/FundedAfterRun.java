package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.trendfinder.pipeline.analysis.ProjectStack.DAYS;
import static org.trendfinder.pipeline.analysis.ProjectStack.MONTH;
import static org.trendfinder.pipeline.analysis.ProjectStack.PENDING_RUNS;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Projects posted by a run date but fully funded only after it: the {@code funding} plot subtracts them from the
 * funded-days counts, so a run sees only the fundings it could have known.
 *
 * @param byRun run index -> slug -> month posted -> days to funded -> projects (read-only)
 */
record FundedAfterRun(Map<Integer, Map<String, Map<YearMonth, Map<Integer, Long>>>> byRun) {

    /** days to funded -> projects of {@code slug} posted in {@code month} and funded after run {@code run}. */
    Map<Integer, Long> of(int run, String slug, YearMonth month) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, Map.of()).getOrDefault(month, Map.of());
    }

    /** One Spark job. */
    static FundedAfterRun collect(Dataset<Row> stacked) {
        List<Row> rows = stacked.where(expr("size(" + PENDING_RUNS + ") > 0"))
                .select(col(SLUG), explode(col(PENDING_RUNS)).as("run"), col(MONTH), col(DAYS))
                .groupBy(SLUG, "run", MONTH, DAYS).count()
                .collectAsList();
        Map<Integer, Map<String, Map<YearMonth, Map<Integer, Long>>>> byRun = new HashMap<>();
        for (Row r : rows) {
            byRun.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse(r.getString(2)), k -> new HashMap<>())
                    .merge(r.getInt(3), r.getLong(4), Long::sum);
        }
        return new FundedAfterRun(FrozenMaps.frozen(byRun, bySlug -> FrozenMaps.frozen(bySlug,
                byMonth -> FrozenMaps.frozen(byMonth, FrozenMaps::frozen))));
    }
}
