package org.trendfinder.pipeline.detect;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Pass 2: one scan over every day any run needs (its window and its baselines), counting per bucket the
 * projects that contain each candidate key, and collecting the window details (surface forms, teachers,
 * schools, fields) of each window's candidates (a run has one window per horizon). Only words that occur in some candidate take part in phrase
 * building, so most tokens cost a hash lookup and no string building. Per-partition results are merged
 * with a tree reduce; nothing per term or per occurrence is shuffled.
 */
final class HistoryScan {

    private HistoryScan() {
    }

    /**
     * @param details true collects each window candidate's {@link WindowTerm} (ids, authors, surfaces, fields);
     *                false only counts its window projects, and {@link WindowDetails} later collects the details
     *                of the few terms that rose: a backfill's windows hold too many candidates to keep them all
     */
    static TermHistory run(Dataset<Row> projectTexts, List<int[]> dayRanges, List<int[]> windows,
            List<Set<String>> candidates, int maxNgram, int bucketDays, int origin, int firstDay, int lastDay,
            boolean details) {
        Set<String> allKeys = WindowScan.allKeys(candidates);
        Set<String> words = WindowScan.wordsOf(allKeys);
        int firstBucket = TermHistory.bucketOf(firstDay, bucketDays, origin);
        int buckets = TermHistory.bucketOf(lastDay, bucketDays, origin) - firstBucket + 1;
        int runs = windows.size();
        TermHistory empty = new TermHistory(bucketDays, origin, firstBucket, buckets, runs);
        if (allKeys.isEmpty()) {
            return empty;
        }
        return projectTexts.filter(ProjectTexts.inRanges(dayRanges)).javaRDD().mapPartitions(rows -> {
            TermHistory history = new TermHistory(bucketDays, origin, firstBucket, buckets, runs);
            WindowScan.forEachProjectWithKeys(rows, maxNgram, words, allKeys, (row, day, terms) -> {
                history.addProject(day, terms.keySet());
                for (int r = 0; r < runs; r++) {
                    if (!WindowScan.inWindow(day, windows.get(r))) {
                        continue;
                    }
                    Set<String> runCandidates = candidates.get(r);
                    if (!details) {
                        Map<String, long[]> counts = history.windowCounts.get(r);
                        for (String key : terms.keySet()) {
                            if (runCandidates.contains(key)) {
                                counts.computeIfAbsent(key, k -> new long[1])[0]++;
                            }
                        }
                        continue;
                    }
                    WindowScan.addDetails(history.windowTerms.get(r), runCandidates, terms, row);
                }
            });
            return List.of(history).iterator();
        }).treeAggregate(empty, TermHistory::merge, TermHistory::merge, 2);
    }
}
