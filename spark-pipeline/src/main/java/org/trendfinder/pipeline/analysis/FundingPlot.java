package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/**
 * {@code funding}: per month and group ("trend", "all"), the projects posted, the share of them fully funded,
 * their median cost and the median days to full funding, without right-censoring: a project posted last week
 * has not had time to be funded, so counting "funded by the run date" makes every recent month look worse.
 * Instead a project counts as funded when it was funded within the listing horizon of the data (the days within
 * which {@value #HORIZON_QUANTILE} of all funded projects were funded), and a month is open, with no rate and no
 * median days, until its last project has been listed that long before the run date.
 */
final class FundingPlot {

    /** Share of funded projects whose funding time falls within the horizon: the slow tail is cut off. */
    static final double HORIZON_QUANTILE = 0.99;

    private FundingPlot() {
    }

    static PlotTable of(RunSlice slice, String slug) {
        List<YearMonth> months = MonthlyPlots.allMonths(slice);
        int horizon = horizonDays(slice, months);
        CsvTable.Builder table = CsvTable.builder(Plot.FUNDING.columns());
        YearMonth firstOpen = null;
        for (YearMonth m : months) {
            boolean open = m.atEndOfMonth().plusDays(horizon).isAfter(slice.runDate());
            if (open && firstOpen == null) {
                firstOpen = m;
            }
            row(table, slice, slug, "trend", m, horizon, open);
            row(table, slice, Aggregates.ALL, "all", m, horizon, open);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("group", PlotColumns.GROUP);
        kwargs.put("y", List.of(PlotColumns.FUNDED_RATE, PlotColumns.MEDIAN_COST,
                PlotColumns.MEDIAN_DAYS_TO_FUNDED));
        kwargs.put("run_date", slice.runDate().toString());
        kwargs.put("horizon_days", horizon);
        kwargs.put("open_from", firstOpen == null ? null : firstOpen.toString());
        kwargs.put("note", "funded_rate and median_days_to_funded count projects fully funded within " + horizon
                + " days of posting (" + Math.round(HORIZON_QUANTILE * 100) + " % of funded projects were funded by"
                + " then); months with projects posted less than " + horizon + " days before the run date are"
                + " still open and left out");
        return new PlotTable(table.build(), kwargs);
    }

    /** Days within which {@link #HORIZON_QUANTILE} of all projects funded by the run date were funded. */
    static int horizonDays(RunSlice slice, List<YearMonth> months) {
        TreeMap<Integer, Long> all = new TreeMap<>();
        for (YearMonth m : months) {
            fundedDays(slice, Aggregates.ALL, m).forEach((days, n) -> all.merge(days, n, Long::sum));
        }
        OptionalInt q = Histograms.quantile(all, HORIZON_QUANTILE);
        return q.orElse(0);
    }

    private static void row(CsvTable.Builder table, RunSlice slice, String slug, String group, YearMonth m,
                            int horizon, boolean open) {
        long projects = slice.total(slug, m);
        if (projects == 0) {
            return;
        }
        OptionalDouble cost = slice.medianCost(slug, m);
        Double rate = null;
        Double medianDays = null;
        if (!open) {
            TreeMap<Integer, Long> inHorizon = new TreeMap<>(fundedDays(slice, slug, m).headMap(horizon, true));
            long funded = inHorizon.values().stream().mapToLong(Long::longValue).sum();
            rate = (double) funded / projects;
            OptionalDouble days = Histograms.median(inHorizon);
            medianDays = days.isPresent() ? days.getAsDouble() : null;
        }
        table.row(m.toString(), group, projects, rate, cost.isPresent() ? cost.getAsDouble() : null, medianDays,
                open);
    }

    /** Days from posting to full funding -> projects of {@code month}, counting only fundings by the run date. */
    private static TreeMap<Integer, Long> fundedDays(RunSlice slice, String slug, YearMonth month) {
        Map<Integer, Long> pending = slice.pending(slug, month);
        TreeMap<Integer, Long> fundedDays = new TreeMap<>();
        for (String token : slice.tokensStartingWith(slug, Aggregates.FUNDED_DAYS)) {
            int days = Integer.parseInt(token.substring(Aggregates.FUNDED_DAYS.length()));
            long n = slice.monthly(slug, token, month) - pending.getOrDefault(days, 0L);
            if (n > 0) {
                fundedDays.put(days, n);
            }
        }
        return fundedDays;
    }
}
