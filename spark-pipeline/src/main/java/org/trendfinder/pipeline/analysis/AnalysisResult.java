package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.trendfinder.store.Plot;

/**
 * What {@link TrendAnalyses#run} computed: every plot per run date and trend, notes for the manifest (e.g. metro
 * counties that matched no project) and the wall time of each step in milliseconds.
 */
public record AnalysisResult(Map<LocalDate, Map<String, Map<Plot, PlotTable>>> plots,
                             List<String> notes,
                             Map<String, Long> timingsMillis) {

    /** An inclusive date range (the recent period of the {@code by_*} and {@code examples} plots). */
    public record Period(LocalDate start, LocalDate end) {
    }

    public AnalysisResult {
        plots = Map.copyOf(plots);
        notes = List.copyOf(notes);
        timingsMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timingsMillis));
    }
}
