package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trendfinder.pipeline.input.ProjectColumns;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/**
 * {@code composition_*}: per month, the trend's projects per category (long format period, category,
 * trend_projects), from the trend's first month to the run month, zeros included. Any number of categories:
 * they come from the data, not from a fixed list (the 2018 charts crashed on a category beyond their fixed
 * colour lists). Subjects with less than {@link AnalysisParams#otherSubjectShare()} of the trend's projects are
 * merged into "Other".
 */
final class CompositionPlots {

    static final String OTHER = "Other";

    static final Map<Plot, String> DIMENSIONS = Map.of(
            Plot.COMPOSITION_POVERTY, ProjectColumns.POVERTY_LEVEL,
            Plot.COMPOSITION_GRADE, ProjectColumns.GRADE_LEVEL,
            Plot.COMPOSITION_METRO, ProjectColumns.METRO_TYPE,
            Plot.COMPOSITION_SUBJECT, Aggregates.SUBJECT);

    private CompositionPlots() {
    }

    static PlotTable composition(RunSlice slice, String slug, Plot plot, double otherShare) {
        String prefix = DIMENSIONS.get(plot) + "=";
        boolean mergeSmall = plot == Plot.COMPOSITION_SUBJECT;
        Optional<YearMonth> first = slice.firstMonth(slug);
        List<YearMonth> months = first.map(slice::monthsFrom).orElseGet(List::of);

        long trendProjects = months.stream().mapToLong(m -> slice.total(slug, m)).sum();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String token : slice.tokensStartingWith(slug, prefix)) {
            long n = months.stream().mapToLong(m -> slice.monthly(slug, token, m)).sum();
            if (n > 0) {
                totals.put(token, n);
            }
        }
        List<String> kept = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    boolean small = mergeSmall && (double) e.getValue() / trendProjects < otherShare;
                    (small ? merged : kept).add(e.getKey());
                });

        List<String> categories = new ArrayList<>(kept.stream().map(t -> t.substring(prefix.length())).toList());
        if (!merged.isEmpty()) {
            categories.add(OTHER);
        }
        CsvTable.Builder table = CsvTable.builder(plot.columns());
        for (YearMonth m : months) {
            for (String token : kept) {
                table.row(m.toString(), token.substring(prefix.length()), slice.monthly(slug, token, m));
            }
            if (!merged.isEmpty()) {
                table.row(m.toString(), OTHER, merged.stream().mapToLong(t -> slice.monthly(slug, t, m)).sum());
            }
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("category", PlotColumns.CATEGORY);
        kwargs.put("y", PlotColumns.TREND_PROJECTS);
        kwargs.put("categories", categories);
        if (mergeSmall) {
            kwargs.put("other_share", otherShare);
            kwargs.put("other_members", merged.stream().map(t -> t.substring(prefix.length())).toList());
        }
        return new PlotTable(table.build(), kwargs);
    }
}
