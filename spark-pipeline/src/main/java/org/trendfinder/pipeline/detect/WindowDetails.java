package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pass 3 of the default mode: the {@link WindowTerm} (project ids, teachers, schools, surface forms, fields) of
 * the terms that rose, per window. Only these few dozen terms per window need them (authors, grouping, names),
 * so the history scan only counts; keeping them for every candidate of every window of a backfill would not
 * fit a driver. Per-partition results are merged with a tree reduce.
 */
final class WindowDetails {

    private WindowDetails() {
    }

    /**
     * @param windows per window, the inclusive day range
     * @param keys    per window, the keys to collect
     * @return per window, each key's details
     */
    static List<Map<String, WindowTerm>> collect(Dataset<Row> projectTexts, List<int[]> windows, List<Set<String>> keys,
            int maxNgram) {
        Set<String> allKeys = WindowScan.allKeys(keys);
        List<int[]> ranges = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            if (!keys.get(w).isEmpty()) {
                ranges.add(windows.get(w));
            }
        }
        List<Map<String, WindowTerm>> empty = emptyDetails(windows.size());
        if (allKeys.isEmpty()) {
            return empty;
        }
        Set<String> words = WindowScan.wordsOf(allKeys);
        return projectTexts.filter(ProjectTexts.inRanges(ranges)).javaRDD().mapPartitions(rows -> {
            List<Map<String, WindowTerm>> details = emptyDetails(windows.size());
            WindowScan.forEachProjectWithKeys(rows, maxNgram, words, allKeys, (row, day, terms) -> {
                for (int w = 0; w < windows.size(); w++) {
                    if (WindowScan.inWindow(day, windows.get(w))) {
                        WindowScan.addDetails(details.get(w), keys.get(w), terms, row);
                    }
                }
            });
            return List.of(details).iterator();
        }).treeAggregate(empty, WindowDetails::merge, WindowDetails::merge, 2);
    }

    private static List<Map<String, WindowTerm>> emptyDetails(int windows) {
        List<Map<String, WindowTerm>> details = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            details.add(new HashMap<>());
        }
        return details;
    }

    private static List<Map<String, WindowTerm>> merge(List<Map<String, WindowTerm>> a, List<Map<String, WindowTerm>> b) {
        for (int w = 0; w < a.size(); w++) {
            Map<String, WindowTerm> mine = a.get(w);
            b.get(w).forEach((key, term) -> mine.merge(key, term, (x, y) -> {
                x.merge(y);
                return x;
            }));
        }
        return a;
    }
}
