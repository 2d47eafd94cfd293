package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.StepTimer;
import org.trendfinder.pipeline.detect.TrendMembership;
import org.trendfinder.store.Plot;

/**
 * Every per-trend plot for every run date, from one shared Spark pass ({@link ProjectAggregates}): the projects
 * and the trend-joined projects are aggregated into small per-(slug, period, category) tables, collected, and
 * sliced per run date and trend on the driver ({@link RunSlice}). {@code co_occurrences} is not computed here.
 */
public final class TrendAnalyses {

    private final AnalysisParams params;
    private final MetroCounties counties;

    public TrendAnalyses(AnalysisParams params) {
        this(params, MetroCounties.defaults());
    }

    public TrendAnalyses(AnalysisParams params, MetroCounties counties) {
        this.params = Objects.requireNonNull(params, "params");
        this.counties = Objects.requireNonNull(counties, "counties");
    }

    public AnalysisParams params() {
        return params;
    }

    /** All plots for all run dates and trends: run date -> slug -> plot -> table. */
    public Map<LocalDate, Map<String, Map<Plot, PlotTable>>> compute(Dataset<Row> projects, Dataset<Row> membership,
                                                                     List<RunPlan> runs) {
        return run(projects, membership, runs).plots();
    }

    /** {@link #compute} plus notes for the manifest and the wall time of each step. */
    public AnalysisResult run(Dataset<Row> projects, Dataset<Row> membership, List<RunPlan> runs) {
        if (runs.isEmpty()) {
            return new AnalysisResult(Map.of(), List.of(), Map.of());
        }
        RunCalendar calendar = new RunCalendar(runs.stream().map(RunPlan::runDate).toList());
        // only the planned trends' rows are joined: membership may list more trends than are plotted
        Object[] slugs = runs.stream().flatMap(r -> r.trends().stream()).map(TrendRef::slug).distinct().toArray();
        Dataset<Row> planned = membership.where(org.apache.spark.sql.functions.col(TrendMembership.SLUG).isin(slugs));
        Aggregates aggregates = new ProjectAggregates(params, counties).compute(projects, planned, calendar);

        StepTimer timer = new StepTimer();
        timer.addAll("", aggregates.timingsMillis());
        Map<LocalDate, Map<String, Map<Plot, PlotTable>>> plots = timer.time("analyses_plots_on_driver", () -> {
            Map<LocalDate, Map<String, Map<Plot, PlotTable>>> byDate = new LinkedHashMap<>();
            for (RunPlan run : runs) {
                RunSlice slice = new RunSlice(aggregates, calendar, run.runDate());
                AnalysisResult.Period recent = params.recentPeriod(run.runDate());
                Map<String, Map<Plot, PlotTable>> bySlug = byDate.computeIfAbsent(run.runDate(), k -> new LinkedHashMap<>());
                for (TrendRef trend : run.trends()) {
                    bySlug.put(trend.slug(), plotsFor(slice, trend, run, recent));
                }
            }
            return byDate;
        });
        return new AnalysisResult(plots, notes(aggregates), timer.snapshot());
    }

    private Map<Plot, PlotTable> plotsFor(RunSlice slice, TrendRef trend, RunPlan run, AnalysisResult.Period recent) {
        String slug = trend.slug();
        String windowStart = run.windowStart().toString();
        Map<Plot, PlotTable> out = new EnumMap<>(Plot.class);
        out.put(Plot.HISTORY, MonthlyPlots.history(slice, slug, run.windowStart()));
        for (Plot plot : RecentPlots.BREAKDOWNS.keySet()) {
            out.put(plot, RecentPlots.breakdown(slice, slug, plot, recent));
        }
        out.put(Plot.EXAMPLES, RecentPlots.examples(slice, slug));
        for (Plot plot : CompositionPlots.DIMENSIONS.keySet()) {
            out.put(plot, CompositionPlots.composition(slice, slug, plot, params.otherSubjectShare()));
        }
        out.put(Plot.DIVERGING_FEATURES, DivergingFeatures.compute(slice, slug, params, windowStart));
        out.putAll(CorrelatedFeatures.compute(slice, slug, params, windowStart));
        out.putAll(GeoSplitShares.compute(slice, slug, params));
        out.put(Plot.FUNDING, FundingPlot.of(slice, slug));
        return out;
    }

    private List<String> notes(Aggregates aggregates) {
        List<String> notes = new ArrayList<>();
        for (MetroCounties.County c : counties.counties()) {
            if (aggregates.countyMatches().of(c) == 0) {
                notes.add("metro county '" + c.county() + "', " + c.state() + " (" + c.metro() + ", from "
                        + counties.source() + ") matched no project's school_county");
            }
        }
        return notes;
    }
}
