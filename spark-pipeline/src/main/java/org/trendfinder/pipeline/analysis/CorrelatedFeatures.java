package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.correlation.SpearmansCorrelation;
import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/**
 * {@code correlated_features} and {@code feature_series}: which features' monthly counts move with the trend's.
 * Following the 2018 Correlator: monthly counts of the trend's projects and of all projects having each feature
 * (poverty level, metro type, grade, subject, school flags) are differenced month to month; a series whose
 * differences fail the {@link AugmentedDickeyFuller} test is left out (correlating non-stationary series finds
 * spurious links); the Spearman correlation of the trend's differences with each feature's is kept when
 * |rho| >= {@link AnalysisParams#minAbsRho()} (2018 kept only rho >= 0.5, missing negative links). The p-value is
 * the two-sided t approximation t = rho·sqrt((n−2)/(1−rho²)) with n−2 degrees of freedom. Only complete months
 * count (the run date's own month is partial unless the run date ends it), from the trend's first month on.
 */
final class CorrelatedFeatures {

    private CorrelatedFeatures() {
    }

    static Map<Plot, PlotTable> compute(RunSlice slice, String slug, AnalysisParams params, String windowStart) {
        YearMonth lastComplete = slice.runDate().equals(slice.runMonth().atEndOfMonth())
                ? slice.runMonth() : slice.runMonth().minusMonths(1);
        Optional<YearMonth> first = slice.firstMonth(slug);
        List<YearMonth> months = first.filter(f -> !f.isAfter(lastComplete))
                .map(f -> slice.monthsFrom(f).stream().filter(m -> !m.isAfter(lastComplete)).toList())
                .orElseGet(List::of);

        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("series", PlotColumns.FEATURE);
        kwargs.put("y", List.of(PlotColumns.TREND_PROJECTS, PlotColumns.FEATURE_PROJECTS));
        kwargs.put("window_start", windowStart);
        kwargs.put("months", months.size());
        CsvTable.Builder correlated = CsvTable.builder(Plot.CORRELATED_FEATURES.columns());
        CsvTable.Builder series = CsvTable.builder(Plot.FEATURE_SERIES.columns());

        if (months.size() < params.minCorrelationMonths()) {
            kwargs.put("status", "too_short");
            kwargs.put("features", List.of());
            return result(correlated, series, kwargs);
        }
        double[] trend = months.stream().mapToDouble(m -> slice.total(slug, m)).toArray();
        AugmentedDickeyFuller.Result adf = AugmentedDickeyFuller.test(differences(trend));
        kwargs.put("stationarity", adf.asMap());
        if (!adf.stationary()) {
            kwargs.put("status", "not_stationary");
            kwargs.put("features", List.of());
            return result(correlated, series, kwargs);
        }

        record Link(String feature, double rho, double pValue, double[] counts) {
        }
        List<Link> links = new ArrayList<>();
        double[] trendDiff = differences(trend);
        for (String feature : features(slice)) {
            double[] counts = months.stream().mapToDouble(m -> slice.monthly(Aggregates.ALL, feature, m)).toArray();
            double[] diff = differences(counts);
            if (isConstant(diff) || !AugmentedDickeyFuller.test(diff).stationary()) {
                continue;
            }
            double rho = new SpearmansCorrelation().correlation(trendDiff, diff);
            if (Double.isFinite(rho) && Math.abs(rho) >= params.minAbsRho()) {
                links.add(new Link(feature, rho, pValue(rho, diff.length), counts));
            }
        }
        links.sort(Comparator.comparingDouble((Link l) -> Math.abs(l.rho())).reversed().thenComparing(Link::feature));
        for (Link l : links) {
            correlated.row(l.feature(), l.rho(), l.pValue(), months.size());
            for (int i = 0; i < months.size(); i++) {
                series.row(months.get(i).toString(), l.feature(), (long) trend[i], (long) l.counts()[i]);
            }
        }
        kwargs.put("status", "ok");
        kwargs.put("features", links.stream().map(Link::feature).toList());
        return result(correlated, series, kwargs);
    }

    private static Map<Plot, PlotTable> result(CsvTable.Builder correlated, CsvTable.Builder series,
                                               Map<String, Object> kwargs) {
        Map<Plot, PlotTable> out = new EnumMap<>(Plot.class);
        out.put(Plot.CORRELATED_FEATURES, new PlotTable(correlated.build(), Map.of()));
        out.put(Plot.FEATURE_SERIES, new PlotTable(series.build(), kwargs));
        return out;
    }

    /** The diverging features plus every subject. */
    static List<String> features(RunSlice slice) {
        List<String> out = new ArrayList<>(DivergingFeatures.features(slice));
        out.addAll(slice.tokensStartingWith(Aggregates.ALL, "subject="));
        return out;
    }

    static double[] differences(double[] x) {
        double[] d = new double[Math.max(0, x.length - 1)];
        for (int i = 0; i < d.length; i++) {
            d[i] = x[i + 1] - x[i];
        }
        return d;
    }

    private static boolean isConstant(double[] x) {
        for (double v : x) {
            if (v != x[0]) {
                return false;
            }
        }
        return true;
    }

    static double pValue(double rho, int n) {
        if (n < 3) {
            return Double.NaN;
        }
        if (Math.abs(rho) >= 1) {
            return 0;
        }
        double t = Math.abs(rho) * Math.sqrt((n - 2) / (1 - rho * rho));
        return 2 * (1 - new TDistribution(n - 2).cumulativeProbability(t));
    }
}
