package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/**
 * {@code geo_splits} and {@code split_shares}: where the trend's projects are, over time. The trend's projects
 * are binned into 14-day bins ending on the run date (the last bin is the 14 days up to and including it; 2018
 * used pandas' Sunday-anchored '2W' bins, whose last bin could reach past the data). Per bin and split:
 * inside / outside (trend projects in / not in the split), the cumulative share inside, the share inside over the
 * last 2, 6, 13 and 26 bins (rolling_1m/3m/6m/12m, as 2018's window sizes) and the all-time share (the
 * reference line). A split's movement is max − min of its cumulative share, counted only from the bin where the
 * trend's cumulative projects reach {@link AnalysisParams#geoMinProjects()}: the first few projects swing a
 * cumulative share between 0 and 1 (2018 dropped bins with 5 or fewer projects instead, which still let early
 * noise dominate and hid sparse trends entirely).
 */
final class GeoSplitShares {

    static final int BIN_DAYS = 14;
    private static final int[] ROLLING_BINS = {2, 6, 13, 26};

    private GeoSplitShares() {
    }

    static Map<Plot, PlotTable> compute(RunSlice slice, String slug, AnalysisParams params) {
        List<String> splits = slice.aggregates().geoSplits().splitNames();
        LocalDate runDate = slice.runDate();
        NavigableMap<LocalDate, long[]> daily = slice.aggregates().geoSplits().of(slug).headMap(runDate, true);

        // bins[k] counts bin k, k = 0 the oldest; entry 0 the trend's projects, 1 + s those inside split s
        List<long[]> bins = new ArrayList<>();
        List<LocalDate> binEnds = new ArrayList<>();
        if (!daily.isEmpty()) {
            long oldest = ChronoUnit.DAYS.between(daily.firstKey(), runDate) / BIN_DAYS;
            for (long back = oldest; back >= 0; back--) {
                binEnds.add(runDate.minusDays(back * BIN_DAYS));
                bins.add(new long[splits.size() + 1]);
            }
            daily.forEach((day, counts) -> {
                long back = ChronoUnit.DAYS.between(day, runDate) / BIN_DAYS;
                long[] bin = bins.get((int) (oldest - back));
                for (int i = 0; i < counts.length; i++) {
                    bin[i] += counts[i];
                }
            });
        }
        long total = bins.stream().mapToLong(b -> b[0]).sum();

        record Summary(String split, Double movement, long inside, long outside, Double allTimeShare) {
        }
        List<Summary> summaries = new ArrayList<>();
        CsvTable.Builder shares = CsvTable.builder(Plot.SPLIT_SHARES.columns());
        for (int s = 0; s < splits.size(); s++) {
            final int col = s + 1;
            long inside = bins.stream().mapToLong(b -> b[col]).sum();
            Double allTime = total == 0 ? null : (double) inside / total;
            long cumIn = 0;
            long cumAll = 0;
            double max = Double.NEGATIVE_INFINITY;
            double min = Double.POSITIVE_INFINITY;
            for (int k = 0; k < bins.size(); k++) {
                long[] b = bins.get(k);
                cumIn += b[col];
                cumAll += b[0];
                Double cumulative = cumAll == 0 ? null : (double) cumIn / cumAll;
                if (cumulative != null && cumAll >= Math.max(1, params.geoMinProjects())) {
                    max = Math.max(max, cumulative);
                    min = Math.min(min, cumulative);
                }
                List<Object> row = new ArrayList<>(List.of(binEnds.get(k).toString(), splits.get(s), b[col],
                        b[0] - b[col]));
                row.add(cumulative);
                for (int window : ROLLING_BINS) {
                    row.add(rollingShare(bins, k, window, col));
                }
                row.add(allTime);
                shares.row(row);
            }
            Double movement = max == Double.NEGATIVE_INFINITY ? null : max - min;
            summaries.add(new Summary(splits.get(s), movement, inside, total - inside, allTime));
        }
        summaries.sort(Comparator.comparing((Summary x) -> x.movement() == null ? -1.0 : x.movement()).reversed()
                .thenComparing(Summary::split));
        CsvTable.Builder table = CsvTable.builder(Plot.GEO_SPLITS.columns());
        for (Summary x : summaries) {
            table.row(x.split(), x.movement(), x.inside(), x.outside(), x.allTimeShare());
        }

        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("series", PlotColumns.SPLIT);
        kwargs.put("y", PlotColumns.CUMULATIVE_SHARE);
        kwargs.put("reference", PlotColumns.ALL_TIME_SHARE);
        kwargs.put("splits", summaries.stream().map(Summary::split).toList());
        kwargs.put("bin_days", BIN_DAYS);
        Map<String, Integer> rollingBins = new LinkedHashMap<>();
        rollingBins.put(PlotColumns.ROLLING_1M, 2);
        rollingBins.put(PlotColumns.ROLLING_3M, 6);
        rollingBins.put(PlotColumns.ROLLING_6M, 13);
        rollingBins.put(PlotColumns.ROLLING_12M, 26);
        kwargs.put("rolling_bins", rollingBins);
        kwargs.put("min_projects", params.geoMinProjects());
        Map<Plot, PlotTable> out = new EnumMap<>(Plot.class);
        out.put(Plot.GEO_SPLITS, new PlotTable(table.build(), Map.of()));
        out.put(Plot.SPLIT_SHARES, new PlotTable(shares.build(), kwargs));
        return out;
    }

    private static Double rollingShare(List<long[]> bins, int k, int window, int col) {
        long in = 0;
        long all = 0;
        for (int j = Math.max(0, k - window + 1); j <= k; j++) {
            in += bins.get(j)[col];
            all += bins.get(j)[0];
        }
        return all == 0 ? null : (double) in / all;
    }
}
