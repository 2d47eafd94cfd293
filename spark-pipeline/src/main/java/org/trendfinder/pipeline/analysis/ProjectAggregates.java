package org.trendfinder.pipeline.analysis;

import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.trendfinder.pipeline.StepTimer;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * The one Spark pass behind every plot: projects are narrowed and stacked under their trend rows
 * ({@link ProjectStack}), the stack is cached, and a handful of groupBy aggregations (one class each) turn it
 * into small per-(slug, period, category) tables that are collected to the driver. The cost does not grow with
 * the number of run dates' trends beyond the size of the joined rows: no aggregation runs per trend. Each
 * aggregation's wall time is reported (the first one also pays for filling the cache).
 */
final class ProjectAggregates {

    private final AnalysisParams params;
    private final MetroCounties counties;

    ProjectAggregates(AnalysisParams params, MetroCounties counties) {
        this.params = params;
        this.counties = counties;
    }

    Aggregates compute(Dataset<Row> projects, Dataset<Row> membership, RunCalendar calendar) {
        List<GeoSplit> splits = GeoSplit.all(counties);
        if (splits.size() > Long.SIZE - 1) {
            throw new IllegalArgumentException("at most " + (Long.SIZE - 1) + " geo splits, got " + splits.size());
        }
        Set<String> columns = Set.of(projects.columns());
        List<String> flags = ProjectColumns.SCHOOL_FLAGS.stream().filter(columns::contains).toList();

        Dataset<Row> stacked = ProjectStack.stack(projects, membership, calendar, flags, splits, params)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            StepTimer timer = new StepTimer();
            timer.time("analyses_cache", stacked::count);
            MonthlyCounts monthly = timer.time("analyses_monthly_counts",
                    () -> MonthlyCounts.collect(stacked, flags));
            MedianCosts medianCosts = timer.time("analyses_median_cost", () -> MedianCosts.collect(stacked));
            RecentCategories recent = timer.time("analyses_recent_categories",
                    () -> RecentCategories.collect(stacked));
            FundedAfterRun fundedAfterRun = timer.time("analyses_funded_after_run",
                    () -> FundedAfterRun.collect(stacked));
            GeoSplitDaily geoSplits = timer.time("analyses_geo_splits",
                    () -> GeoSplitDaily.collect(stacked, splits.stream().map(GeoSplit::name).toList()));
            ExampleProjects examples = timer.time("analyses_examples",
                    () -> ExampleProjects.collect(stacked, params.examples()));
            CountyMatches countyMatches = timer.time("analyses_county_matches",
                    () -> CountyMatches.collect(stacked, counties.counties()));
            return new Aggregates(flags, monthly, medianCosts, recent, fundedAfterRun, geoSplits, examples,
                    countyMatches, timer.snapshot());
        } finally {
            stacked.unpersist();
        }
    }
}
