package org.trendfinder.store;

/**
 * The column names of the plots' {@code df.csv} files, one constant per name: {@link Plot} builds its column
 * lists from them, and writers and readers name columns (and the chart hints that point at columns) through
 * them instead of spelling the text. A name shared by several plots (period, share, ...) means the same there.
 */
public final class PlotColumns {
    // time series
    public static final String PERIOD = "period";

    // counts and shares of the trend against all projects (history, by_*, co_occurrences, funding)
    public static final String PROJECTS = "projects";
    public static final String TREND_PROJECTS = "trend_projects";
    public static final String SHARE = "share";
    public static final String LIFT = "lift";

    // by_* breakdowns: the category column of each
    public static final String STATE = "state";
    public static final String POVERTY_LEVEL = "poverty_level";
    public static final String METRO_TYPE = "metro_type";
    public static final String GRADE_LEVEL = "grade_level";
    public static final String SUBJECT = "subject";
    public static final String RESOURCE_CATEGORY = "resource_category";
    public static final String TEACHER_PREFIX = "teacher_prefix";

    // co_occurrences
    public static final String TERM = "term";
    public static final String TERM_PROJECTS = "term_projects";
    public static final String WINDOW_PROJECTS = "window_projects";
    public static final String LOG_LIKELIHOOD = "log_likelihood";

    // examples (and by_state's STATE)
    public static final String PROJECT_ID = "project_id";
    public static final String TITLE = "title";
    public static final String POSTED_DATE = "posted_date";
    public static final String STATUS = "status";
    public static final String COST = "cost";

    // composition_*
    public static final String CATEGORY = "category";

    // diverging_features, correlated_features, feature_series
    public static final String FEATURE = "feature";
    public static final String DIFFERENCE = "difference";
    public static final String RHO = "rho";
    public static final String P_VALUE = "p_value";
    public static final String MONTHS = "months";
    public static final String FEATURE_PROJECTS = "feature_projects";

    // geo_splits, split_shares
    public static final String SPLIT = "split";
    public static final String MOVEMENT = "movement";
    public static final String INSIDE_PROJECTS = "inside_projects";
    public static final String OUTSIDE_PROJECTS = "outside_projects";
    public static final String ALL_TIME_SHARE = "all_time_share";
    public static final String INSIDE = "inside";
    public static final String OUTSIDE = "outside";
    public static final String CUMULATIVE_SHARE = "cumulative_share";
    public static final String ROLLING_1M = "rolling_1m";
    public static final String ROLLING_3M = "rolling_3m";
    public static final String ROLLING_6M = "rolling_6m";
    public static final String ROLLING_12M = "rolling_12m";

    // funding
    public static final String GROUP = "group";
    public static final String FUNDED_RATE = "funded_rate";
    public static final String MEDIAN_COST = "median_cost";
    public static final String MEDIAN_DAYS_TO_FUNDED = "median_days_to_funded";
    public static final String OPEN = "open";

    private PlotColumns() {
    }
}
