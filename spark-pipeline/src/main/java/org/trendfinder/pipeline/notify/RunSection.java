package org.trendfinder.pipeline.notify;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.trendfinder.store.CsvTable;
import org.trendfinder.store.RunManifest;

/**
 * What the summary says about one published run: its top trends and its input counts. A missing or malformed
 * trend table becomes a {@code problem} shown in the mail instead of failing the whole notification.
 */
record RunSection(LocalDate runDate, List<TrendRow> trends, int trendsInRun, long rowsRead, long rowsRejected,
                  Map<String, Long> rejectedByReason, long projectsUsed, Optional<String> problem) {

    static RunSection of(RunManifest manifest, Map<LocalDate, CsvTable> trendTables, int topTrends) {
        LocalDate date = runDate(manifest);
        RunManifest.Input input = manifest.input();
        Map<String, Long> read = input == null || input.rowsRead() == null ? Map.of() : input.rowsRead();
        Map<String, Long> rejected = input == null || input.rowsRejected() == null
                ? Map.of() : new TreeMap<>(input.rowsRejected());
        long projectsUsed = input == null ? 0 : input.projectsUsed();

        CsvTable table = trendTables.get(date);
        List<TrendRow> trends = List.of();
        Optional<String> problem = Optional.empty();
        if (table == null) {
            problem = Optional.of("no trend table (df.csv) was given for this run");
        } else if (!TrendRow.missingColumns(table).isEmpty()) {
            problem = Optional.of("the trend table (df.csv) lacks the columns " + TrendRow.missingColumns(table));
        } else {
            trends = TrendRow.top(table, topTrends);
        }
        return new RunSection(date, trends, manifest.trends(), sum(read), sum(rejected), Collections.unmodifiableMap(rejected),
                projectsUsed, problem);
    }

    private static LocalDate runDate(RunManifest manifest) {
        try {
            return LocalDate.parse(manifest.runDate());
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("manifest has no ISO run date: '" + manifest.runDate() + "'", e);
        }
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(v -> v == null ? 0 : v).sum();
    }
}
