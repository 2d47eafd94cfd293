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
 * {@code diverging_features}: per month, the share of the trend's projects having a feature minus the share of
 * all projects having it, smoothed by a rolling mean over {@link AnalysisParams#rollingMonths()} calendar months.
 * Features: every poverty level, metro type and grade level seen in the data, plus each school flag the input
 * has ({@code school_charter=true} ...). A month without trend projects has no difference; the rolling mean
 * averages the months of its window that have one (the 2018 pandas rolling(8) turned a whole window into NaN
 * as soon as one month was empty, which blanked sparse trends).
 */
final class DivergingFeatures {

    static List<String> featurePrefixes() {
        return List.of(ProjectColumns.POVERTY_LEVEL + "=", ProjectColumns.METRO_TYPE + "=",
                ProjectColumns.GRADE_LEVEL + "=");
    }

    private DivergingFeatures() {
    }

    /** Candidate features: tokens of all projects under the prefixes above plus the flags. */
    static List<String> features(RunSlice slice) {
        List<String> out = new ArrayList<>();
        for (String prefix : featurePrefixes()) {
            out.addAll(slice.tokensStartingWith(Aggregates.ALL, prefix));
        }
        for (String flag : slice.aggregates().flags()) {
            out.add(flag + "=true");
        }
        return out;
    }

    static PlotTable compute(RunSlice slice, String slug, AnalysisParams params, String windowStart) {
        Optional<YearMonth> first = slice.firstMonth(slug);
        List<YearMonth> months = first.map(slice::monthsFrom).orElseGet(List::of);
        CsvTable.Builder table = CsvTable.builder(Plot.DIVERGING_FEATURES.columns());
        Map<String, List<Double>> rolled = new LinkedHashMap<>();
        for (String feature : features(slice)) {
            Double[] diff = new Double[months.size()];
            for (int i = 0; i < months.size(); i++) {
                YearMonth m = months.get(i);
                long trend = slice.total(slug, m);
                long all = slice.total(Aggregates.ALL, m);
                if (trend > 0 && all > 0) {
                    diff[i] = (double) slice.monthly(slug, feature, m) / trend
                            - (double) slice.monthly(Aggregates.ALL, feature, m) / all;
                }
            }
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < months.size(); i++) {
                double sum = 0;
                int n = 0;
                for (int j = Math.max(0, i - params.rollingMonths() + 1); j <= i; j++) {
                    if (diff[j] != null) {
                        sum += diff[j];
                        n++;
                    }
                }
                if (n > 0) {
                    table.row(months.get(i).toString(), feature, sum / n);
                    values.add(sum / n);
                }
            }
            rolled.put(feature, values);
        }
        List<String> selected = rolled.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .filter(e -> Math.abs(lastMean(e.getValue(), params.divergingLastMonths()))
                        > params.divergingThreshold())
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Double>> e) ->
                        e.getValue().get(e.getValue().size() - 1)).reversed())
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("series", PlotColumns.FEATURE);
        kwargs.put("y", PlotColumns.DIFFERENCE);
        kwargs.put("features", selected);
        kwargs.put("rolling_months", params.rollingMonths());
        kwargs.put("threshold", params.divergingThreshold());
        kwargs.put("last_months", params.divergingLastMonths());
        kwargs.put("window_start", windowStart);
        return new PlotTable(table.build(), kwargs);
    }

    private static double lastMean(List<Double> values, int last) {
        List<Double> tail = values.subList(Math.max(0, values.size() - last), values.size());
        return tail.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
