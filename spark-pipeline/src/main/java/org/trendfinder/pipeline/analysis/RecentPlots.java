package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/** The {@code by_*} breakdowns and {@code examples}: the trend over the recent period ending on the run date. */
final class RecentPlots {

    /** Each breakdown plot and the dimension it reads (see {@link RecentCategories#DIMENSIONS}). */
    static final Map<Plot, String> BREAKDOWNS;

    static {
        Map<Plot, String> m = new LinkedHashMap<>();
        m.put(Plot.BY_STATE, ProjectColumns.STATE);
        m.put(Plot.BY_POVERTY, ProjectColumns.POVERTY_LEVEL);
        m.put(Plot.BY_METRO, ProjectColumns.METRO_TYPE);
        m.put(Plot.BY_GRADE, ProjectColumns.GRADE_LEVEL);
        m.put(Plot.BY_SUBJECT, Aggregates.SUBJECT);
        m.put(Plot.BY_RESOURCE, ProjectColumns.RESOURCE_CATEGORY);
        m.put(Plot.BY_PREFIX, ProjectColumns.TEACHER_PREFIX);
        BREAKDOWNS = Map.copyOf(m);
    }

    private RecentPlots() {
    }

    /**
     * category, projects (all, in the category), trend_projects, share (= trend_projects / projects) and lift
     * (= share / the trend's share of all projects in the period). Categories without any project in the period
     * have no row; rows are ordered by trend_projects, then projects, descending.
     */
    static PlotTable breakdown(RunSlice slice, String slug, Plot plot, AnalysisResult.Period period) {
        String dim = BREAKDOWNS.get(plot);
        Map<String, Long> all = slice.recent(Aggregates.ALL).getOrDefault(dim, Map.of());
        Map<String, Long> trend = slice.recent(slug).getOrDefault(dim, Map.of());
        long allTotal = slice.recentTotal(Aggregates.ALL);
        long trendTotal = slice.recentTotal(slug);
        Double overall = allTotal == 0 || trendTotal == 0 ? null : (double) trendTotal / allTotal;

        record Line(String category, long projects, long trendProjects) {
        }
        List<Line> lines = new ArrayList<>();
        all.forEach((category, projects) -> lines.add(new Line(category, projects, trend.getOrDefault(category, 0L))));
        lines.sort(Comparator.comparingLong(Line::trendProjects).reversed()
                .thenComparing(Comparator.comparingLong(Line::projects).reversed())
                .thenComparing(Line::category));

        CsvTable.Builder table = CsvTable.builder(plot.columns());
        for (Line l : lines) {
            double share = (double) l.trendProjects() / l.projects();
            table.row(l.category(), l.projects(), l.trendProjects(), share, overall == null ? null : share / overall);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", plot.columns().get(0));
        kwargs.put("y", PlotColumns.SHARE);
        kwargs.put("period_start", period.start().toString());
        kwargs.put("period_end", period.end().toString());
        kwargs.put(PlotColumns.TREND_PROJECTS, trendTotal); // the totals of those columns
        kwargs.put(PlotColumns.PROJECTS, allTotal);
        if (overall != null) {
            kwargs.put("overall_share", overall);
        }
        if (plot == Plot.BY_SUBJECT) {
            kwargs.put("note", "a project with several subjects counts in each");
        }
        return new PlotTable(table.build(), kwargs);
    }

    /**
     * The trend's most recent projects in the period (newest first, then by id). The status is the one known on
     * the run date: a project fully funded after it shows as "Live".
     */
    static PlotTable examples(RunSlice slice, String slug) {
        CsvTable.Builder table = CsvTable.builder(Plot.EXAMPLES.columns());
        LocalDate runDate = slice.runDate();
        for (ExampleProjects.Example e : slice.examples(slug)) {
            String status = e.fullyFundedDate() != null && e.fullyFundedDate().isAfter(runDate) ? "Live" : e.status();
            table.row(e.projectId(), e.title(), e.state(), e.postedDate().toString(), status, e.cost());
        }
        return new PlotTable(table.build(), Map.of());
    }
}
