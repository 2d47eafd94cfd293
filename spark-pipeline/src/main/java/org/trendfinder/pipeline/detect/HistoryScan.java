package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        // Counting, a project goes to its segment once; details need each window's own ids.
        WindowSegments segments = WindowSegments.of(details ? List.of() : windows);
        List<Set<String>> wanted = wantedPerSegment(segments, candidates);
        TermHistory empty = new TermHistory(bucketDays, origin, firstBucket, buckets, runs, segments.count());
        if (allKeys.isEmpty()) {
            return empty;
        }
        TermHistory history = projectTexts.filter(ProjectTexts.inRanges(dayRanges)).javaRDD().mapPartitions(rows -> {
            TermHistory partition = new TermHistory(bucketDays, origin, firstBucket, buckets, runs, segments.count());
            WindowScan.forEachProjectWithKeys(rows, maxNgram, words, allKeys, (row, day, terms) -> {
                partition.addProject(day, terms.keySet());
                if (!details) {
                    int segment = segments.segmentOf(day);
                    if (segment >= 0) {
                        partition.addToSegment(segment, terms.keySet(), wanted.get(segment));
                    }
                    return;
                }
                for (int r = 0; r < runs; r++) {
                    if (WindowScan.inWindow(day, windows.get(r))) {
                        WindowScan.addDetails(partition.windowTerms.get(r), candidates.get(r), terms, row);
                    }
                }
            });
            return List.of(partition).iterator();
        }).treeAggregate(empty, TermHistory::merge, TermHistory::merge, 2);
        if (!details) {
            history.sumSegmentsIntoWindows(segments, candidates);
        }
        return history;
    }

    /** Per segment, the candidates of every window made of it. */
    private static List<Set<String>> wantedPerSegment(WindowSegments segments, List<Set<String>> candidates) {
        List<Set<String>> wanted = new ArrayList<>();
        for (int s = 0; s < segments.count(); s++) {
            Set<String> keys = new HashSet<>();
            for (int w = 0; w < segments.windows(); w++) {
                if (segments.contains(w, s)) {
                    keys.addAll(candidates.get(w));
                }
            }
            wanted.add(keys);
        }
        return wanted;
    }
}
