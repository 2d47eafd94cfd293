package org.trendfinder.pipeline.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trendfinder.store.PlotColumns;

/**
 * The small tables the Spark pass produces, collected to the driver (see {@link ProjectAggregates}). Every table
 * is keyed by slug, with {@link #ALL} standing for "all projects"; monthly tables are keyed by (month, cut) as
 * {@link RunCalendar} explains, run-keyed tables by the run's index in {@link RunCalendar#runDates()}.
 *
 * @param flags         school flags the input carried
 * @param monthly       projects per (slug, token, month cut)
 * @param medianCosts   median cost per (slug, month cut)
 * @param recent        projects per category over each run's recent period
 * @param fundedAfterRun projects funded only after a run date (to subtract)
 * @param geoSplits     trend projects per posted day, in all and inside each geo split
 * @param examples      each trend's newest projects per run
 * @param countyMatches projects matching each metro county
 * @param timingsMillis wall time of each aggregation, for the run manifest
 */
record Aggregates(List<String> flags, MonthlyCounts monthly, MedianCosts medianCosts, RecentCategories recent,
                  FundedAfterRun fundedAfterRun, GeoSplitDaily geoSplits, ExampleProjects examples,
                  CountyMatches countyMatches, Map<String, Long> timingsMillis) {

    /** The slug key of the all-projects rows (not a valid slug, so it never clashes with a trend). */
    static final String ALL = "*";
    /** The monthly token counting every project. */
    static final String TOTAL = "total";
    /** Prefix of the monthly tokens counting projects fully funded {@code n} days after posting. */
    static final String FUNDED_DAYS = "days:";
    /**
     * The subject dimension: a project counts once in each of its subjects ({@code ProjectColumns.SUBJECTS}).
     * Named like the {@code by_subject} plot's category column, which shows it.
     */
    static final String SUBJECT = PlotColumns.SUBJECT;
    /** The {@code recent} dimension holding each run's total count. */
    static final String RECENT_TOTAL = "_total";

    Aggregates {
        flags = List.copyOf(flags);
        timingsMillis = Collections.unmodifiableMap(new LinkedHashMap<>(timingsMillis));
    }

    /** Only monthly counts, every other table empty (for slicing tests). */
    static Aggregates ofMonthly(MonthlyCounts monthly) {
        return new Aggregates(List.of(), monthly, new MedianCosts(Map.of()), new RecentCategories(Map.of()),
                new FundedAfterRun(Map.of()), new GeoSplitDaily(List.of(), Map.of()), new ExampleProjects(Map.of()),
                new CountyMatches(Map.of()), Map.of());
    }
}
