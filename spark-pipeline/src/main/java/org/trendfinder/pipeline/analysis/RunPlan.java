package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One run date's trends. Every series computed for it stops at {@code runDate}; {@code windowStart} is the
 * first day of the current detection window (the dashboard marks it on the monthly charts).
 */
public record RunPlan(LocalDate runDate, LocalDate windowStart, List<TrendRef> trends) {
    public RunPlan {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(windowStart, "windowStart");
        if (windowStart.isAfter(runDate)) {
            throw new IllegalArgumentException("window start " + windowStart + " is after run date " + runDate);
        }
        trends = List.copyOf(trends);
    }

    /** A plan whose current window is the {@code windowDays} days ending on (and including) the run date. */
    public static RunPlan of(LocalDate runDate, int windowDays, List<TrendRef> trends) {
        return new RunPlan(runDate, runDate.minusDays(windowDays - 1L), trends);
    }
}
