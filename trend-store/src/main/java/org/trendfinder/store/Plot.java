package org.trendfinder.store;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every plot a run may hold under {@code <run-date>/<slug>/}: its folder name, the columns of its
 * {@code df.csv} (in order) and whether it carries chart hints in {@code kwargs.json}.
 * The README's store section documents each one; this enum is the contract both sides compile against.
 */
public enum Plot {
    // Pipeline core (issue 2)
    HISTORY("history", PlotKind.CHART, "period", "projects", "trend_projects", "share"),
    BY_STATE("by_state", PlotKind.CHART, "state", "projects", "trend_projects", "share", "lift"),
    BY_POVERTY("by_poverty", PlotKind.CHART, "poverty_level", "projects", "trend_projects", "share", "lift"),
    BY_METRO("by_metro", PlotKind.CHART, "metro_type", "projects", "trend_projects", "share", "lift"),
    BY_GRADE("by_grade", PlotKind.CHART, "grade_level", "projects", "trend_projects", "share", "lift"),
    BY_SUBJECT("by_subject", PlotKind.CHART, "subject", "projects", "trend_projects", "share", "lift"),
    BY_RESOURCE("by_resource", PlotKind.CHART, "resource_category", "projects", "trend_projects", "share", "lift"),
    BY_PREFIX("by_prefix", PlotKind.CHART, "teacher_prefix", "projects", "trend_projects", "share", "lift"),
    CO_OCCURRENCES("co_occurrences", PlotKind.TABLE, "term", "projects", "term_projects", "trend_projects",
            "window_projects", "lift", "log_likelihood"),
    EXAMPLES("examples", PlotKind.TABLE, "project_id", "title", "state", "posted_date", "status", "cost"),

    // The 2018 dashboard's analyses (issue 3)
    COMPOSITION_POVERTY("composition_poverty", PlotKind.CHART, "period", "category", "trend_projects"),
    COMPOSITION_GRADE("composition_grade", PlotKind.CHART, "period", "category", "trend_projects"),
    COMPOSITION_METRO("composition_metro", PlotKind.CHART, "period", "category", "trend_projects"),
    COMPOSITION_SUBJECT("composition_subject", PlotKind.CHART, "period", "category", "trend_projects"),
    DIVERGING_FEATURES("diverging_features", PlotKind.CHART, "period", "feature", "difference"),
    CORRELATED_FEATURES("correlated_features", PlotKind.TABLE, "feature", "rho", "p_value", "months"),
    FEATURE_SERIES("feature_series", PlotKind.CHART, "period", "feature", "trend_projects", "feature_projects"),
    GEO_SPLITS("geo_splits", PlotKind.TABLE, "split", "movement", "inside_projects", "outside_projects",
            "all_time_share"),
    SPLIT_SHARES("split_shares", PlotKind.CHART, "period", "split", "inside", "outside", "cumulative_share",
            "rolling_1m", "rolling_3m", "rolling_6m", "rolling_12m", "all_time_share"),
    FUNDING("funding", PlotKind.CHART, "period", "group", "projects", "funded_rate", "median_cost",
            "median_days_to_funded", "open");

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
