package org.trendfinder.pipeline.analysis;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the job's run dates' aggregates a project counts in, from its posting and funding dates: its month cuts
 * ({@link RunCalendar}), the runs whose recent period holds it, and the runs on whose date it was posted but not
 * yet fully funded. Computed in {@link StackPass} for each project. As Spark SQL array expressions (a condition and
 * a one-value array per run date and per month cut), a 60-date backfill's narrowing was one generated method of
 * some 180 conditions, where a profile of the backfill found most of the pass's samples; here it is a few integer
 * comparisons per run date.
 */
final class RunRouting implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Epoch days of the run dates, ascending (a run's index is its key in run-keyed aggregates). */
    private final long[] runs;
    /** Epoch days of the first day of each run's recent period. */
    private final long[] recentStarts;
    /** Each run's index among the run dates of its month (its month cut). */
    private final int[] cutInMonth;
    /** Each run's month, as {@link YearMonth#toString()}. */
    private final String[] months;

    RunRouting(RunCalendar calendar, AnalysisParams params) {
        List<LocalDate> dates = calendar.runDates();
        runs = new long[dates.size()];
        recentStarts = new long[dates.size()];
        cutInMonth = new int[dates.size()];
        months = new String[dates.size()];
        for (int i = 0; i < dates.size(); i++) {
            LocalDate run = dates.get(i);
            runs[i] = run.toEpochDay();
            recentStarts[i] = params.recentPeriod(run).start().toEpochDay();
            cutInMonth[i] = calendar.cutFor(run, YearMonth.from(run));
            months[i] = YearMonth.from(run).toString();
        }
    }

    /** {@link RunCalendar#FULL}, then the cut of each run of the posting month on or after the posting date. */
    int[] cuts(LocalDate posted, String month) {
        long day = posted.toEpochDay();
        List<Integer> cuts = new ArrayList<>();
        cuts.add(RunCalendar.FULL);
        for (int i = 0; i < runs.length; i++) {
            if (months[i].equals(month) && day <= runs[i]) {
                cuts.add(cutInMonth[i]);
            }
        }
        return cuts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The runs whose recent period (both ends included) holds the posting date. */
    int[] recentRuns(LocalDate posted) {
        long day = posted.toEpochDay();
        List<Integer> recent = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            if (day >= recentStarts[i] && day <= runs[i]) {
                recent.add(i);
            }
        }
        return recent.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The runs on whose date the project was posted but fully funded only later. */
    int[] pendingRuns(LocalDate posted, LocalDate fullyFunded) {
        if (fullyFunded == null) {
            return new int[0];
        }
        long day = posted.toEpochDay();
        long funded = fullyFunded.toEpochDay();
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            if (day <= runs[i] && funded > runs[i]) {
                pending.add(i);
            }
        }
        return pending.stream().mapToInt(Integer::intValue).toArray();
    }
}
