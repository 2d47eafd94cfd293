package org.trendfinder.store;

import java.util.List;

/** The columns of a run's {@code df.csv}: one row per trend, best first. */
public final class TrendColumns {
    public static final String RANK = "rank";
    public static final String TREND = "trend";
    public static final String SLUG = "slug";
    public static final String SCORE = "score";
    public static final String CURRENT_PROJECTS = "current_projects";
    public static final String CURRENT_SHARE = "current_share";
    public static final String BASELINE_SHARE = "baseline_share";
    public static final String LIFT = "lift";

    /** The columns every run's {@code df.csv} starts with; writers may append more (p-value, teachers, ...). */
    public static final List<String> REQUIRED =
            List.of(RANK, TREND, SLUG, SCORE, CURRENT_PROJECTS, CURRENT_SHARE, BASELINE_SHARE, LIFT);

    private TrendColumns() {
    }
}
