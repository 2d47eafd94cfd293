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
    /** Default mode: {@link TrendKind#format} of the horizons the trend was found on. */
    public static final String KIND = "kind";
    /** Default mode: the other significant terms grouped into this trend (same projects), joined by {@link #ALSO_SEPARATOR}. */
    public static final String ALSO = "also";
    public static final String ALSO_SEPARATOR = "; ";

    // Extra columns of the default mode, in the order the detector reports them (after KIND and ALSO).
    public static final String P_VALUE = "p_value";
    public static final String Q_VALUE = "q_value";
    public static final String TEACHERS = "teachers";
    public static final String SCHOOLS = "schools";
    public static final String WINDOW_PROJECTS = "window_projects";
    public static final String BASELINE_PROJECTS = "baseline_projects";
    public static final String BASELINE_TERM_PROJECTS = "baseline_term_projects";
    /** Which baseline the current window was compared with: trailing, seasonal or year_before. */
    public static final String BASELINE = "baseline";
    public static final String GROWTH_SHARE = "growth_share";
    public static final String GROWTH_BASELINE_SHARE = "growth_baseline_share";
    public static final String GROWTH_LIFT = "growth_lift";
    public static final String GROWTH_Q_VALUE = "growth_q_value";
    /** The p-value of the growing horizon's slope test (sustained growth, not one burst). */
    public static final String GROWTH_SLOPE_P_VALUE = "growth_slope_p_value";

    // Extra columns of the classic (2018) mode, with TEACHERS and SCHOOLS.
    public static final String HISTORICAL_SD = "historical_sd";
    public static final String DEVIATION = "deviation";
    public static final String SD_RATIO = "sd_ratio";
    public static final String DIRECTION = "direction";
    public static final String HISTORY_GROUPS = "history_groups";

    /** The columns every run's {@code df.csv} starts with; writers may append more (p-value, teachers, ...). */
    public static final List<String> REQUIRED =
            List.of(RANK, TREND, SLUG, SCORE, CURRENT_PROJECTS, CURRENT_SHARE, BASELINE_SHARE, LIFT);

    /** Manifest window of a run's growing horizon: the recent weeks compared year over year. */
    public static final String GROWTH_CURRENT_WINDOW = "growth_current";
    /** Manifest window of a run's growing horizon: the same weeks one year earlier. */
    public static final String GROWTH_BASELINE_WINDOW = "growth_baseline";

    /** The {@link #ALSO} cell split into terms; blank gives none. */
    public static List<String> alsoTerms(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(ALSO_SEPARATOR.trim())).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private TrendColumns() {
    }
}
