package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.flatten;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trendfinder.pipeline.detect.TrendMembership;
import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.store.PlotColumns;

/**
 * The one Spark pass behind every plot: projects are narrowed to the columns the analyses read, the trend
 * rows (projects joined to {@code membership}) are stacked under the all-projects rows with slug
 * {@link Aggregates#ALL}, the stack is cached, and a handful of groupBy aggregations turn it into small
 * per-(slug, period, category) tables that are collected to the driver. The cost does not grow with the number
 * of run dates' trends beyond the size of the joined rows: no aggregation runs per trend.
 */
final class ProjectAggregates {

    private static final String SLUG = TrendMembership.SLUG;
    private static final String MONTH = "month";
    private static final String CUTS = "cuts";
    private static final String RECENT_RUNS = "recent_runs";
    private static final String PENDING_RUNS = "pending_runs";
    private static final String FLAGS = "school_flags";
    private static final String CATEGORIES = "categories";
    private static final String DAYS = "days_to_funded";
    private static final String SPLIT_MASK = "split_mask";
    /** The dimensions of the {@code by_*} plots: the project column each one breaks down. */
    static final List<String> RECENT_DIMENSIONS = List.of(ProjectColumns.STATE, ProjectColumns.POVERTY_LEVEL,
            ProjectColumns.METRO_TYPE, ProjectColumns.GRADE_LEVEL, Aggregates.SUBJECT,
            ProjectColumns.RESOURCE_CATEGORY, ProjectColumns.TEACHER_PREFIX);

    private static final Logger LOG = LoggerFactory.getLogger(ProjectAggregates.class);

    private final AnalysisParams params;
    private final MetroCounties counties;

    ProjectAggregates(AnalysisParams params, MetroCounties counties) {
        this.params = params;
        this.counties = counties;
    }

    Aggregates compute(Dataset<Row> projects, Dataset<Row> membership, RunCalendar calendar) {
        if (GeoSplit.all(counties).size() > Long.SIZE - 1) {
            throw new IllegalArgumentException("at most " + (Long.SIZE - 1) + " geo splits, got "
                    + GeoSplit.all(counties).size());
        }
        Set<String> columns = Set.of(projects.columns());
        List<String> flags = ProjectColumns.SCHOOL_FLAGS.stream().filter(columns::contains).toList();
        List<GeoSplit> splits = GeoSplit.all(counties);

        Dataset<Row> stacked = stack(projects, membership, calendar, flags, splits)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Aggregates out = new Aggregates();
            out.flags = flags;
            out.splitNames = splits.stream().map(GeoSplit::name).toList();
            timed(out, "analyses_cache", stacked::count);
            timed(out, "analyses_monthly_counts", () -> collectMonthly(stacked, flags, out));
            timed(out, "analyses_median_cost", () -> collectMedianCost(stacked, out));
            timed(out, "analyses_recent_categories", () -> collectRecent(stacked, out));
            timed(out, "analyses_funded_after_run", () -> collectPending(stacked, out));
            timed(out, "analyses_geo_splits", () -> collectSplitDaily(stacked, splits.size(), out));
            timed(out, "analyses_examples", () -> collectExamples(stacked, out));
            timed(out, "analyses_county_matches", () -> collectCountyMatches(stacked, out));
            return out;
        } finally {
            stacked.unpersist();
        }
    }

    /** Runs one aggregation and records its wall time (the first one also pays for filling the cache). */
    private static void timed(Aggregates out, String step, Runnable action) {
        long start = System.nanoTime();
        action.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        out.timingsMillis.put(step, millis);
        LOG.info("{} took {} ms", step, millis);
    }

    /**
     * The all-projects rows (slug {@link Aggregates#ALL}, no title) stacked on the trend rows (projects joined to
     * membership), narrowed to what the aggregations read.
     */
    Dataset<Row> stack(Dataset<Row> projects, Dataset<Row> membership, RunCalendar calendar, List<String> flags,
                       List<GeoSplit> splits) {
        Dataset<Row> narrow = narrow(projects, flags, splits, calendar);
        Dataset<Row> trendRows = narrow.join(membership.select(col(ProjectColumns.PROJECT_ID), col(SLUG)).distinct(),
                ProjectColumns.PROJECT_ID);
        return narrow.withColumn(SLUG, lit(Aggregates.ALL))
                .withColumn(ProjectColumns.TITLE, lit(null).cast("string"))
                .unionByName(trendRows);
    }

    /** The columns the analyses read, with the run-keyed arrays that route each project to its aggregates. */
    private Dataset<Row> narrow(Dataset<Row> projects, List<String> flags, List<GeoSplit> splits,
                                RunCalendar calendar) {
        Column posted = col(ProjectColumns.POSTED_DATE);
        Column funded = col(ProjectColumns.FULLY_FUNDED_DATE);
        Dataset<Row> base = projects.select(
                col(ProjectColumns.PROJECT_ID),
                posted,
                date_format(posted, "yyyy-MM").as(MONTH),
                unknownIfNull(ProjectColumns.STATE, "Unknown"),
                GeoSplit.countyKey(col(ProjectColumns.SCHOOL_COUNTY)).as(GeoSplit.COUNTY_KEY),
                unknownIfNull(ProjectColumns.METRO_TYPE, "unknown"),
                unknownIfNull(ProjectColumns.POVERTY_LEVEL, "unknown"),
                unknownIfNull(ProjectColumns.GRADE_LEVEL, "Unknown"),
                coalesce(col(ProjectColumns.SUBJECTS), expr("cast(array() as array<string>)"))
                        .as(ProjectColumns.SUBJECTS),
                unknownIfNull(ProjectColumns.RESOURCE_CATEGORY, "Unknown"),
                unknownIfNull(ProjectColumns.TEACHER_PREFIX, "Unknown"),
                col(ProjectColumns.COST).cast("double").as(ProjectColumns.COST),
                funded,
                col(ProjectColumns.STATUS),
                col(ProjectColumns.TITLE),
                when(funded.isNotNull().and(funded.geq(posted)), datediff(funded, posted)).as(DAYS),
                setFlags(flags).as(FLAGS),
                cuts(calendar).as(CUTS),
                runsWhere(calendar, r -> within(posted, params.recentPeriod(r))).as(RECENT_RUNS),
                runsWhere(calendar, r -> funded.isNotNull().and(posted.leq(lit(Date.valueOf(r))))
                        .and(funded.gt(lit(Date.valueOf(r))))).as(PENDING_RUNS));
        // one bit per split (bit i: inside split i) keeps the cached rows narrow
        Column mask = lit(0L);
        for (int i = 0; i < splits.size(); i++) {
            mask = mask.bitwiseOR(when(splits.get(i).inside(), lit(1L << i)).otherwise(lit(0L)));
        }
        return base.withColumn(SPLIT_MASK, mask);
    }

    /** A posting date inside an inclusive period (posting dates are dates, not timestamps). */
    private static Column within(Column posted, AnalysisResult.Period period) {
        return posted.geq(lit(Date.valueOf(period.start()))).and(posted.leq(lit(Date.valueOf(period.end()))));
    }

    private static Column unknownIfNull(String column, String unknown) {
        return coalesce(col(column), lit(unknown)).as(column);
    }

    /** The names of the school flags set for the project (an empty array when the input has none). */
    private static Column setFlags(List<String> flags) {
        if (flags.isEmpty()) {
            return expr("cast(array() as array<string>)");
        }
        List<Column> set = new ArrayList<>();
        for (String flag : flags) {
            set.add(when(col(flag).equalTo(lit(true)), lit(flag)));
        }
        return array_compact(array(set.toArray(Column[]::new)));
    }

    /** (dimension, category) pairs of the by_* plots, plus a total marker; a project counts once per subject. */
    private static Column categories() {
        List<Column> pairs = new ArrayList<>();
        pairs.add(struct(lit(Aggregates.RECENT_TOTAL).as("dim"), lit(Aggregates.RECENT_TOTAL).as("value")));
        for (String dim : RECENT_DIMENSIONS) {
            if (!dim.equals(Aggregates.SUBJECT)) {
                pairs.add(struct(lit(dim).as("dim"), coalesce(col(dim), lit("Unknown")).as("value")));
            }
        }
        Column subjects = expr("transform(" + ProjectColumns.SUBJECTS
                + ", s -> named_struct('dim', 'subject', 'value', s))");
        return concat(array(pairs.toArray(Column[]::new)), subjects);
    }

    /** The month cuts a project belongs to (see {@link RunCalendar}). */
    private static Column cuts(RunCalendar calendar) {
        Column posted = col(ProjectColumns.POSTED_DATE);
        List<Column> items = new ArrayList<>();
        items.add(lit(RunCalendar.FULL));
        for (Map.Entry<YearMonth, List<LocalDate>> month : calendar.runsByMonth().entrySet()) {
            Column inMonth = col(MONTH).equalTo(lit(month.getKey().toString()));
            List<LocalDate> runs = month.getValue();
            for (int j = 0; j < runs.size(); j++) {
                items.add(when(inMonth.and(posted.leq(lit(Date.valueOf(runs.get(j))))), lit(j)));
            }
        }
        return array_compact(array(items.toArray(Column[]::new)));
    }

    private static Column runsWhere(RunCalendar calendar, java.util.function.Function<LocalDate, Column> condition) {
        List<Column> items = new ArrayList<>();
        List<LocalDate> runs = calendar.runDates();
        for (int i = 0; i < runs.size(); i++) {
            items.add(when(condition.apply(runs.get(i)), lit(i)));
        }
        return array_compact(array(items.toArray(Column[]::new)));
    }

    /**
     * The monthly feature tokens: "poverty_level=high poverty", "metro_type=urban", "grade_level=...",
     * "subject=..." for every value the projects hold, and "school_x=true" for each school flag present.
     */
    static List<String> featureTokens(Dataset<Row> stacked, List<String> flags) {
        Row values = stacked.where(col(SLUG).equalTo(lit(Aggregates.ALL))).agg(
                collect_set(col(ProjectColumns.POVERTY_LEVEL)),
                collect_set(col(ProjectColumns.METRO_TYPE)),
                collect_set(col(ProjectColumns.GRADE_LEVEL)),
                array_distinct(flatten(collect_set(col(ProjectColumns.SUBJECTS))))).first();
        List<String> tokens = new ArrayList<>();
        String[] prefixes = {ProjectColumns.POVERTY_LEVEL, ProjectColumns.METRO_TYPE, ProjectColumns.GRADE_LEVEL,
                Aggregates.SUBJECT};
        for (int i = 0; i < prefixes.length; i++) {
            List<String> sorted = new ArrayList<>(values.<String>getList(i));
            sorted.removeIf(java.util.Objects::isNull);
            java.util.Collections.sort(sorted);
            for (String v : sorted) {
                tokens.add(prefixes[i] + "=" + v);
            }
        }
        for (String flag : flags) {
            tokens.add(flag + "=true");
        }
        return tokens;
    }

    /**
     * (slug, month, cut, total, f0, f1, ...): projects per month cut, in all and carrying each of {@code tokens}
     * (column fi counts tokens[i]). One wide aggregation of conditional sums: exploding every project into its
     * tokens would multiply the rows tenfold before the shuffle.
     */
    static Dataset<Row> monthlyCounts(Dataset<Row> stacked, List<String> tokens) {
        List<Column> sums = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            sums.add(sum(when(tokenCondition(tokens.get(i)), 1L).otherwise(0L)).as("f" + i));
        }
        return stacked
                .select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(ProjectColumns.POVERTY_LEVEL),
                        col(ProjectColumns.METRO_TYPE), col(ProjectColumns.GRADE_LEVEL), col(ProjectColumns.SUBJECTS),
                        col(FLAGS))
                .groupBy(SLUG, MONTH, "cut")
                .agg(count(lit(1)).as(Aggregates.TOTAL), sums.toArray(Column[]::new));
    }

    private static Column tokenCondition(String token) {
        int eq = token.indexOf('=');
        String dim = token.substring(0, eq);
        String value = token.substring(eq + 1);
        if (dim.equals(Aggregates.SUBJECT)) {
            return functions.array_contains(col(ProjectColumns.SUBJECTS), value);
        }
        if (ProjectColumns.SCHOOL_FLAGS.contains(dim)) {
            return functions.array_contains(col(FLAGS), dim);
        }
        return col(dim).equalTo(lit(value));
    }

    private static void collectMonthly(Dataset<Row> stacked, List<String> flags, Aggregates out) {
        List<String> tokens = featureTokens(stacked, flags);
        for (Row r : monthlyCounts(stacked, tokens).collectAsList()) {
            String slug = r.getString(0);
            YearMonth month = YearMonth.parse(r.getString(1));
            int cut = r.getInt(2);
            out.addMonthly(slug, Aggregates.TOTAL, month, cut, r.getLong(3));
            for (int i = 0; i < tokens.size(); i++) {
                long n = r.getLong(4 + i);
                if (n > 0) {
                    out.addMonthly(slug, tokens.get(i), month, cut, n);
                }
            }
        }
        List<Row> days = stacked.where(col(DAYS).isNotNull())
                .select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(DAYS))
                .groupBy(SLUG, MONTH, "cut", DAYS).count()
                .collectAsList();
        for (Row r : days) {
            out.addMonthly(r.getString(0), Aggregates.FUNDED_DAYS + r.getInt(3), YearMonth.parse(r.getString(1)),
                    r.getInt(2), r.getLong(4));
        }
    }

    private static void collectMedianCost(Dataset<Row> stacked, Aggregates out) {
        // percentile_approx with accuracy 10 000: the returned value's rank is within 1/10 000 of the median's.
        List<Row> rows = stacked.select(col(SLUG), col(MONTH), explode(col(CUTS)).as("cut"), col(ProjectColumns.COST))
                .groupBy(SLUG, MONTH, "cut")
                .agg(percentile_approx(col(ProjectColumns.COST), lit(0.5), lit(10_000)).as(PlotColumns.MEDIAN_COST))
                .collectAsList();
        for (Row r : rows) {
            if (!r.isNullAt(3)) {
                out.medianCost.computeIfAbsent(r.getString(0), k -> new HashMap<>())
                        .put(new Aggregates.MonthCut(YearMonth.parse(r.getString(1)), r.getInt(2)), r.getDouble(3));
            }
        }
    }

    private static void collectRecent(Dataset<Row> stacked, Aggregates out) {
        // the (dimension, category) pairs are built only for the few rows in a recent period, never cached
        List<Row> rows = stacked.where(expr("size(" + RECENT_RUNS + ") > 0"))
                .select(col(SLUG), explode(col(RECENT_RUNS)).as("run"), categories().as(CATEGORIES))
                .select(col(SLUG), col("run"), explode(col(CATEGORIES)).as("c"))
                .groupBy(col(SLUG), col("run"), col("c.dim").as("dim"), col("c.value").as("value")).count()
                .collectAsList();
        for (Row r : rows) {
            out.recent.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(2), k -> new HashMap<>())
                    .merge(r.getString(3), r.getLong(4), Long::sum);
        }
    }

    private static void collectPending(Dataset<Row> stacked, Aggregates out) {
        List<Row> rows = stacked.where(expr("size(" + PENDING_RUNS + ") > 0"))
                .select(col(SLUG), explode(col(PENDING_RUNS)).as("run"), col(MONTH), col(DAYS))
                .groupBy(SLUG, "run", MONTH, DAYS).count()
                .collectAsList();
        for (Row r : rows) {
            out.pending.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse(r.getString(2)), k -> new HashMap<>())
                    .merge(r.getInt(3), r.getLong(4), Long::sum);
        }
    }

    private static void collectSplitDaily(Dataset<Row> stacked, int splits, Aggregates out) {
        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < splits; i++) {
            aggs.add(sum(when(col(SPLIT_MASK).bitwiseAND(lit(1L << i)).notEqual(lit(0L)), 1L).otherwise(0L))
                    .as("in_" + i));
        }
        List<Row> rows = stacked.where(col(SLUG).notEqual(lit(Aggregates.ALL)))
                .groupBy(SLUG, ProjectColumns.POSTED_DATE)
                .agg(count(lit(1)).as("n"), aggs.toArray(Column[]::new))
                .collectAsList();
        for (Row r : rows) {
            long[] counts = new long[splits + 1];
            for (int i = 0; i <= splits; i++) {
                counts[i] = r.getLong(2 + i);
            }
            out.splitDaily.computeIfAbsent(r.getString(0), k -> Aggregates.newDaily())
                    .put(r.getDate(1).toLocalDate(), counts);
        }
    }

    private void collectExamples(Dataset<Row> stacked, Aggregates out) {
        var newestFirst = Window.partitionBy(SLUG, "run")
                .orderBy(col(ProjectColumns.POSTED_DATE).desc(), col(ProjectColumns.PROJECT_ID).asc());
        List<Row> rows = stacked.where(col(SLUG).notEqual(lit(Aggregates.ALL)))
                .select(col(SLUG), explode(col(RECENT_RUNS)).as("run"), col(ProjectColumns.PROJECT_ID),
                        col(ProjectColumns.TITLE), col(ProjectColumns.STATE), col(ProjectColumns.POSTED_DATE),
                        col(ProjectColumns.STATUS), col(ProjectColumns.COST), col(ProjectColumns.FULLY_FUNDED_DATE))
                .withColumn("rank", row_number().over(newestFirst))
                .where(col("rank").leq(params.examples()))
                .collectAsList();
        for (Row r : rows) {
            Aggregates.Example e = new Aggregates.Example(r.getString(2), r.getString(3), r.getString(4),
                    r.getDate(5).toLocalDate(), r.getString(6), r.isNullAt(7) ? null : r.getDouble(7),
                    r.isNullAt(8) ? null : r.getDate(8).toLocalDate());
            out.examples.computeIfAbsent(r.getInt(1), k -> new HashMap<>())
                    .computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(e);
        }
        for (Map<String, List<Aggregates.Example>> bySlug : out.examples.values()) {
            for (List<Aggregates.Example> list : bySlug.values()) {
                list.sort(java.util.Comparator.comparing(Aggregates.Example::postedDate).reversed()
                        .thenComparing(Aggregates.Example::projectId));
            }
        }
    }

    private void collectCountyMatches(Dataset<Row> stacked, Aggregates out) {
        List<MetroCounties.County> list = counties.counties();
        if (list.isEmpty()) {
            return;
        }
        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            aggs.add(sum(when(GeoSplit.inCounty(list.get(i)), 1L).otherwise(0L)).as("c" + i));
        }
        Row r = stacked.where(col(SLUG).equalTo(lit(Aggregates.ALL))).agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        for (int i = 0; i < list.size(); i++) {
            out.countyMatches.put(list.get(i), r.isNullAt(i) ? 0L : r.getLong(i));
        }
    }
}
