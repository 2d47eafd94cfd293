package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.trendfinder.store.Plot;

/**
 * What {@link TrendAnalyses#run} computed: every plot per run date and trend, the recent period each run
 * date's {@code by_*} and {@code examples} plots cover (for the manifest) and notes for the manifest
 * (e.g. metro counties that matched no project) and the wall time of each step in milliseconds.
 */
public record AnalysisResult(Map<LocalDate, Map<String, Map<Plot, PlotTable>>> plots,
                             Map<LocalDate, Period> recentPeriods,
                             List<String> notes,
                             Map<String, Long> timingsMillis) {

    /** An inclusive date range. */
    public record Period(LocalDate start, LocalDate end) {
    }

    public AnalysisResult {
        plots = Map.copyOf(plots);
        recentPeriods = Map.copyOf(recentPeriods);
        notes = List.copyOf(notes);
        timingsMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMillis));
    }
}
