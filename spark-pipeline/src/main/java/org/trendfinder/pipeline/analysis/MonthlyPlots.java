package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;

/** {@code history} and {@code funding}: monthly series over the whole history up to the run date. */
final class MonthlyPlots {

    private MonthlyPlots() {
    }

    /** period, projects (all), trend_projects, share — from the first month holding any project. */
    static PlotTable history(RunSlice slice, String slug, LocalDate windowStart) {
        CsvTable.Builder table = CsvTable.builder(Plot.HISTORY.columns());
        for (YearMonth m : allMonths(slice)) {
            long all = slice.total(Aggregates.ALL, m);
            long trend = slice.total(slug, m);
            table.row(m.toString(), all, trend, all == 0 ? null : (double) trend / all);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", "period");
        kwargs.put("y", List.of("trend_projects", "share"));
        kwargs.put("window_start", windowStart.toString());
        kwargs.put("run_date", slice.runDate().toString());
        kwargs.put("partial_last_period", !slice.runDate().equals(slice.runMonth().atEndOfMonth()));
        return new PlotTable(table.build(), kwargs);
    }

    /**
     * Per month and group ("trend", "all"): projects posted, the share of them fully funded by the run date,
     * their median cost and the median days from posting to full funding of those funded by the run date.
     * Months without projects in a group have no row for it.
     */
    static PlotTable funding(RunSlice slice, String slug) {
        CsvTable.Builder table = CsvTable.builder(Plot.FUNDING.columns());
        List<String> trendDays = slice.tokensStartingWith(slug, Aggregates.FUNDED_DAYS);
        List<String> allDays = slice.tokensStartingWith(Aggregates.ALL, Aggregates.FUNDED_DAYS);
        for (YearMonth m : allMonths(slice)) {
            fundingRow(table, slice, slug, "trend", trendDays, m);
            fundingRow(table, slice, Aggregates.ALL, "all", allDays, m);
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("x", "period");
        kwargs.put("group", "group");
        kwargs.put("y", List.of("funded_rate", "median_cost", "median_days_to_funded"));
        kwargs.put("run_date", slice.runDate().toString());
        kwargs.put("note", "funded_rate counts projects fully funded by the run date: the last months are still open");
        return new PlotTable(table.build(), kwargs);
    }

    private static void fundingRow(CsvTable.Builder table, RunSlice slice, String slug, String group,
                                   List<String> dayTokens, YearMonth m) {
        long projects = slice.total(slug, m);
        if (projects == 0) {
            return;
        }
        Map<Integer, Long> pending = slice.pending(slug, m);
        TreeMap<Integer, Long> fundedDays = new TreeMap<>();
        for (String token : dayTokens) {
            int days = Integer.parseInt(token.substring(Aggregates.FUNDED_DAYS.length()));
            long n = slice.monthly(slug, token, m) - pending.getOrDefault(days, 0L);
            if (n > 0) {
                fundedDays.put(days, n);
            }
        }
        long funded = fundedDays.values().stream().mapToLong(Long::longValue).sum();
        OptionalDouble cost = slice.medianCost(slug, m);
        OptionalDouble days = Histograms.median(fundedDays);
        table.row(m.toString(), group, projects, (double) funded / projects,
                cost.isPresent() ? cost.getAsDouble() : null, days.isPresent() ? days.getAsDouble() : null);
    }

    /** From the first month holding any project up to the run month. */
    static List<YearMonth> allMonths(RunSlice slice) {
        Optional<YearMonth> first = slice.firstMonth(Aggregates.ALL);
        return first.map(slice::monthsFrom).orElseGet(ArrayList::new);
    }
}
