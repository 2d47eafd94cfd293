package org.trendfinder.pipeline.analysis;

import java.util.List;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.StepTimer;
import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * The one Spark pass behind every plot: projects are narrowed and stacked under their trend rows
 * ({@link ProjectStack}), and one {@link StackPass} over the stack fills every aggregate (one class each) into
 * small per-(slug, period, category) tables on the driver. The cost does not grow with the number of run dates'
 * trends beyond the size of the joined rows: nothing runs per trend.
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

        ProjectStack stack = ProjectStack.of(projects, membership, calendar, flags, splits, params);
        StepTimer timer = new StepTimer();
        List<String> splitNames = splits.stream().map(GeoSplit::name).toList();
        int examples = params.examples();
        String[][] countyFields = CountyMatches.Accumulator.fields(counties.counties());
        Accumulator all = timer.time("analyses_pass", () -> StackPass.collect(stack,
                () -> new Accumulator(splitNames, examples, countyFields)));
        return new Aggregates(flags, all.monthly.result(), all.medianCosts.result(), all.recent.result(),
                all.fundedAfterRun.result(), all.geoSplits.result(), all.examples.result(),
                all.countyMatches.result(), timer.snapshot());
    }

    /** Every aggregate's accumulator, each row added to each; its result is itself, read part by part. */
    static final class Accumulator extends StackAccumulator<Accumulator, Accumulator> {
        private static final long serialVersionUID = 1L;
        private final MonthlyCounts.Accumulator monthly = new MonthlyCounts.Accumulator();
        private final MedianCosts.Accumulator medianCosts = new MedianCosts.Accumulator();
        private final RecentCategories.Accumulator recent = new RecentCategories.Accumulator();
        private final FundedAfterRun.Accumulator fundedAfterRun = new FundedAfterRun.Accumulator();
        private final GeoSplitDaily.Accumulator geoSplits;
        private final ExampleProjects.Accumulator examples;
        private final CountyMatches.Accumulator countyMatches;

        Accumulator(List<String> splitNames, int examplesPerTrend, String[][] counties) {
            geoSplits = new GeoSplitDaily.Accumulator(splitNames);
            examples = new ExampleProjects.Accumulator(examplesPerTrend);
            countyMatches = new CountyMatches.Accumulator(counties);
        }

        @Override
        void add(StackRow row) {
            monthly.add(row);
            medianCosts.add(row);
            recent.add(row);
            fundedAfterRun.add(row);
            geoSplits.add(row);
            examples.add(row);
            countyMatches.add(row);
        }

        @Override
        Accumulator merge(Accumulator other) {
            monthly.merge(other.monthly);
            medianCosts.merge(other.medianCosts);
            recent.merge(other.recent);
            fundedAfterRun.merge(other.fundedAfterRun);
            geoSplits.merge(other.geoSplits);
            examples.merge(other.examples);
            countyMatches.merge(other.countyMatches);
            return this;
        }

        @Override
        Accumulator result() {
            return this;
        }
    }
}
