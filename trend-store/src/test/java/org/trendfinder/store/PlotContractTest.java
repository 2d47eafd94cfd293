package org.trendfinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Pins the store's column names as text: renaming a constant must not change a file a reader expects. */
class PlotContractTest {

    private static final Map<Plot, List<String>> COLUMNS = new EnumMap<>(Plot.class);

    static {
        COLUMNS.put(Plot.HISTORY, List.of("period", "projects", "trend_projects", "share"));
        COLUMNS.put(Plot.BY_STATE, List.of("state", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_POVERTY, List.of("poverty_level", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_METRO, List.of("metro_type", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_GRADE, List.of("grade_level", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_SUBJECT, List.of("subject", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_RESOURCE, List.of("resource_category", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.BY_PREFIX, List.of("teacher_prefix", "projects", "trend_projects", "share", "lift"));
        COLUMNS.put(Plot.CO_OCCURRENCES, List.of("term", "projects", "term_projects", "trend_projects",
                "window_projects", "lift", "log_likelihood"));
        COLUMNS.put(Plot.EXAMPLES, List.of("project_id", "title", "state", "posted_date", "status", "cost"));
        COLUMNS.put(Plot.COMPOSITION_POVERTY, List.of("period", "category", "trend_projects"));
        COLUMNS.put(Plot.COMPOSITION_GRADE, List.of("period", "category", "trend_projects"));
        COLUMNS.put(Plot.COMPOSITION_METRO, List.of("period", "category", "trend_projects"));
        COLUMNS.put(Plot.COMPOSITION_SUBJECT, List.of("period", "category", "trend_projects"));
        COLUMNS.put(Plot.DIVERGING_FEATURES, List.of("period", "feature", "difference"));
        COLUMNS.put(Plot.CORRELATED_FEATURES, List.of("feature", "rho", "p_value", "months"));
        COLUMNS.put(Plot.FEATURE_SERIES, List.of("period", "feature", "trend_projects", "feature_projects"));
        COLUMNS.put(Plot.GEO_SPLITS, List.of("split", "movement", "inside_projects", "outside_projects",
                "all_time_share"));
        COLUMNS.put(Plot.SPLIT_SHARES, List.of("period", "split", "inside", "outside", "cumulative_share",
                "rolling_1m", "rolling_3m", "rolling_6m", "rolling_12m", "all_time_share"));
        COLUMNS.put(Plot.FUNDING, List.of("period", "group", "projects", "funded_rate", "median_cost",
                "median_days_to_funded", "open"));
    }

    @Test
    void everyPlotKeepsItsColumns() {
        assertThat(COLUMNS.keySet()).containsExactly(Plot.values());
        for (Plot plot : Plot.values()) {
            assertThat(plot.columns()).as(plot.folder()).isEqualTo(COLUMNS.get(plot));
        }
    }

    @Test
    void everyPlotColumnIsAConstant() throws IllegalAccessException {
        List<Object> constants = new java.util.ArrayList<>();
        for (var field : PlotColumns.class.getFields()) {
            constants.add(field.get(null));
        }
        for (Plot plot : Plot.values()) {
            assertThat(constants).as(plot.folder()).containsAll(plot.columns());
        }
    }

    @Test
    void trendTableKeepsItsRequiredColumns() {
        assertThat(TrendColumns.REQUIRED).containsExactly("rank", "trend", "slug", "score", "current_projects",
                "current_share", "baseline_share", "lift");
        assertThat(List.of(TrendColumns.KIND, TrendColumns.ALSO, TrendColumns.P_VALUE, TrendColumns.Q_VALUE))
                .containsExactly("kind", "also", "p_value", "q_value");
    }
}
