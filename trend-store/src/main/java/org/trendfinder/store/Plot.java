package org.trendfinder.store;

import static org.trendfinder.store.PlotColumns.*;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every plot a run may hold under {@code <run-date>/<slug>/}: its folder name, the columns of its
 * {@code df.csv} (in order) and whether it carries chart hints in {@code kwargs.json}.
 * Column names come from {@link PlotColumns}.
 * The README's store section documents each one; this enum is the contract both sides compile against.
 */
public enum Plot {
    // Pipeline core (issue 2)
    HISTORY("history", PlotKind.CHART, PERIOD, PROJECTS, TREND_PROJECTS, SHARE),
    BY_STATE("by_state", PlotKind.CHART, STATE, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_POVERTY("by_poverty", PlotKind.CHART, POVERTY_LEVEL, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_METRO("by_metro", PlotKind.CHART, METRO_TYPE, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_GRADE("by_grade", PlotKind.CHART, GRADE_LEVEL, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_SUBJECT("by_subject", PlotKind.CHART, SUBJECT, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_RESOURCE("by_resource", PlotKind.CHART, RESOURCE_CATEGORY, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    BY_PREFIX("by_prefix", PlotKind.CHART, TEACHER_PREFIX, PROJECTS, TREND_PROJECTS, SHARE, LIFT),
    CO_OCCURRENCES("co_occurrences", PlotKind.TABLE, TERM, PROJECTS, TERM_PROJECTS, TREND_PROJECTS,
            WINDOW_PROJECTS, LIFT, LOG_LIKELIHOOD),
    EXAMPLES("examples", PlotKind.TABLE, PROJECT_ID, TITLE, STATE, POSTED_DATE, STATUS, COST),

    // The 2018 dashboard's analyses (issue 3)
    COMPOSITION_POVERTY("composition_poverty", PlotKind.CHART, PERIOD, CATEGORY, TREND_PROJECTS),
    COMPOSITION_GRADE("composition_grade", PlotKind.CHART, PERIOD, CATEGORY, TREND_PROJECTS),
    COMPOSITION_METRO("composition_metro", PlotKind.CHART, PERIOD, CATEGORY, TREND_PROJECTS),
    COMPOSITION_SUBJECT("composition_subject", PlotKind.CHART, PERIOD, CATEGORY, TREND_PROJECTS),
    DIVERGING_FEATURES("diverging_features", PlotKind.CHART, PERIOD, FEATURE, DIFFERENCE),
    CORRELATED_FEATURES("correlated_features", PlotKind.TABLE, FEATURE, RHO, P_VALUE, MONTHS),
    FEATURE_SERIES("feature_series", PlotKind.CHART, PERIOD, FEATURE, TREND_PROJECTS, FEATURE_PROJECTS),
    GEO_SPLITS("geo_splits", PlotKind.TABLE, SPLIT, MOVEMENT, INSIDE_PROJECTS, OUTSIDE_PROJECTS,
            ALL_TIME_SHARE),
    SPLIT_SHARES("split_shares", PlotKind.CHART, PERIOD, SPLIT, INSIDE, OUTSIDE, CUMULATIVE_SHARE,
            ROLLING_1M, ROLLING_3M, ROLLING_6M, ROLLING_12M, ALL_TIME_SHARE),
    FUNDING("funding", PlotKind.CHART, PERIOD, GROUP, PROJECTS, FUNDED_RATE, MEDIAN_COST,
            MEDIAN_DAYS_TO_FUNDED, OPEN);

    private final String folder;
    private final PlotKind kind;
    private final List<String> columns;

    Plot(String folder, PlotKind kind, String... columns) {
        this.folder = folder;
        this.kind = kind;
        this.columns = List.of(columns);
    }

    /** The folder name under {@code <run-date>/<slug>/}. */
    public String folder() {
        return folder;
    }

    public PlotKind kind() {
        return kind;
    }

    /** The leading columns of the plot's {@code df.csv}, in order; writers may append more after them. */
    public List<String> columns() {
        return columns;
    }

    public boolean hasKwargs() {
        return kind == PlotKind.CHART;
    }

    public static Optional<Plot> byFolder(String folder) {
        return Arrays.stream(values()).filter(p -> p.folder.equals(folder)).findFirst();
    }
}
