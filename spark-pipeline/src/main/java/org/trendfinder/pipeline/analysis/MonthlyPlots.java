package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.Plot;
import org.trendfinder.store.PlotColumns;

/** {@code history}: the monthly series over the whole history up to the run date ({@code funding}: {@link FundingPlot}). */
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
        kwargs.put("x", PlotColumns.PERIOD);
        kwargs.put("y", List.of(PlotColumns.TREND_PROJECTS, PlotColumns.SHARE));
        kwargs.put("window_start", windowStart.toString());
        kwargs.put("run_date", slice.runDate().toString());
        kwargs.put("partial_last_period", !slice.runDate().equals(slice.runMonth().atEndOfMonth()));
        return new PlotTable(table.build(), kwargs);
    }

    /** From the first month holding any project up to the run month. */
    static List<YearMonth> allMonths(RunSlice slice) {
        Optional<YearMonth> first = slice.firstMonth(Aggregates.ALL);
        return first.map(slice::monthsFrom).orElseGet(ArrayList::new);
    }
}
