package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The run dates of one job and the "month cuts" that keep every monthly series from looking past its run
 * date. A month that contains run dates r0 < r1 < ... is aggregated once per cut: cut j holds the month's
 * projects posted on or before rj, and cut {@link #FULL} the whole month (used by every later run date).
 * A project therefore belongs to cut FULL and to every cut j with posted date <= rj of its own month, so one
 * aggregation serves all run dates without ever counting a project posted after a run date.
 */
final class RunCalendar {

    static final int FULL = -1;

    private final List<LocalDate> runDates;
    private final Map<YearMonth, List<LocalDate>> runsByMonth = new LinkedHashMap<>();

    RunCalendar(List<LocalDate> dates) {
        this.runDates = List.copyOf(new TreeSet<>(dates));
        for (LocalDate d : runDates) {
            runsByMonth.computeIfAbsent(YearMonth.from(d), k -> new ArrayList<>()).add(d);
        }
    }

    /** Distinct run dates, ascending; a run's index in this list is its key in run-keyed aggregates. */
    List<LocalDate> runDates() {
        return runDates;
    }

    int index(LocalDate runDate) {
        int i = runDates.indexOf(runDate);
        if (i < 0) {
            throw new IllegalArgumentException("unknown run date " + runDate);
        }
        return i;
    }

    /** Run dates per month, ascending within each month. */
    Map<YearMonth, List<LocalDate>> runsByMonth() {
        return runsByMonth;
    }

    /** The cut of {@code month} a series for {@code runDate} reads; empty months after the run month are never read. */
    int cutFor(LocalDate runDate, YearMonth month) {
        if (!month.equals(YearMonth.from(runDate))) {
            return FULL;
        }
        return runsByMonth.get(month).indexOf(runDate);
    }
}
