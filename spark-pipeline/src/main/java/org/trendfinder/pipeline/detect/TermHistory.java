package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2's result: per candidate key, the projects containing it per time bucket (one day for classic
 * mode, one Monday-to-Sunday week for the default mode), and per run the {@link WindowTerm} of each of
 * that run's candidates. Partitions build one each; {@link #merge} combines them.
 */
final class TermHistory implements Serializable {

    /** Epoch day 4 (1970-01-05) is a Monday: weeks run Monday to Sunday. */
    static final int WEEK_ORIGIN = 4;

    final int bucketDays;
    final int origin;
    final int firstBucket;
    final int buckets;
    final Map<String, int[]> counts = new HashMap<>();
    /** Per window, the full {@link WindowTerm} of each candidate (when the scan collects details). */
    final List<Map<String, WindowTerm>> windowTerms = new ArrayList<>();
    /** Per window, the projects of each candidate (when the scan only counts). */
    final List<Map<String, long[]>> windowCounts = new ArrayList<>();
    /**
     * Per {@link WindowSegments segment}, the projects of each candidate of a window made of it, while the scan
     * only counts; {@link #sumSegmentsIntoWindows} turns them into {@link #windowCounts}.
     */
    final List<Map<String, long[]>> segmentCounts = new ArrayList<>();

    TermHistory(int bucketDays, int origin, int firstBucket, int buckets, int windows, int segments) {
        this.bucketDays = bucketDays;
        this.origin = origin;
        this.firstBucket = firstBucket;
        this.buckets = buckets;
        for (int w = 0; w < windows; w++) {
            windowTerms.add(new HashMap<>());
            windowCounts.add(new HashMap<>());
        }
        for (int s = 0; s < segments; s++) {
            segmentCounts.add(new HashMap<>());
        }
    }

    static int bucketOf(int day, int bucketDays, int origin) {
        return Math.floorDiv(day - origin, bucketDays);
    }

    int bucketOf(int day) {
        return bucketOf(day, bucketDays, origin);
    }

    /** First day of a bucket. */
    int firstDay(int bucket) {
        return origin + bucket * bucketDays;
    }

    void addProject(int day, Set<String> candidateKeys) {
        int index = bucketOf(day) - firstBucket;
        if (index < 0 || index >= buckets) {
            return;
        }
        for (String key : candidateKeys) {
            counts.computeIfAbsent(key, k -> new int[buckets])[index]++;
        }
    }

    /** Counts one project holding {@code keys} in its segment, for those keys a window of that segment wants. */
    void addToSegment(int segment, Set<String> keys, Set<String> wanted) {
        Map<String, long[]> counts = segmentCounts.get(segment);
        for (String key : keys) {
            if (wanted.contains(key)) {
                counts.computeIfAbsent(key, k -> new long[1])[0]++;
            }
        }
    }

    /** Each window's count of each of its candidates: the sum over the window's segments. */
    void sumSegmentsIntoWindows(WindowSegments segments, List<Set<String>> candidates) {
        for (int w = 0; w < candidates.size(); w++) {
            Map<String, long[]> counts = windowCounts.get(w);
            for (String key : candidates.get(w)) {
                long projects = 0;
                for (int s = segments.firstOf(w); s <= segments.lastOf(w); s++) {
                    long[] n = segmentCounts.get(s).get(key);
                    projects += n == null ? 0 : n[0];
                }
                if (projects > 0) {
                    counts.put(key, new long[] {projects});
                }
            }
        }
        segmentCounts.clear();
    }

    /** The window projects of each candidate, whether the scan collected details or only counted. */
    Map<String, Long> windowProjects(int window) {
        Map<String, Long> projects = new HashMap<>();
        windowCounts.get(window).forEach((key, n) -> projects.put(key, n[0]));
        windowTerms.get(window).forEach((key, term) -> projects.put(key, term.projects));
        return projects;
    }

    /** Projects containing {@code key} in buckets [from, to] (bucket numbers, inclusive). */
    long count(String key, int fromBucket, int toBucket) {
        int[] series = counts.get(key);
        if (series == null) {
            return 0;
        }
        long sum = 0;
        for (int b = Math.max(fromBucket, firstBucket); b <= toBucket && b - firstBucket < buckets; b++) {
            sum += series[b - firstBucket];
        }
        return sum;
    }

    TermHistory merge(TermHistory other) {
        other.counts.forEach((key, series) -> {
            int[] mine = counts.get(key);
            if (mine == null) {
                counts.put(key, series);
            } else {
                for (int i = 0; i < mine.length; i++) {
                    mine[i] += series[i];
                }
            }
        });
        mergeCounts(windowCounts, other.windowCounts);
        mergeCounts(segmentCounts, other.segmentCounts);
        for (int r = 0; r < windowTerms.size(); r++) {
            Map<String, WindowTerm> mine = windowTerms.get(r);
            other.windowTerms.get(r).forEach((key, term) -> {
                WindowTerm existing = mine.get(key);
                if (existing == null) {
                    mine.put(key, term);
                } else {
                    existing.merge(term);
                }
            });
        }
        return this;
    }

    private static void mergeCounts(List<Map<String, long[]>> mine, List<Map<String, long[]>> theirs) {
        for (int i = 0; i < mine.size(); i++) {
            Map<String, long[]> counts = mine.get(i);
            theirs.get(i).forEach((key, n) -> counts.merge(key, n, (a, b) -> {
                a[0] += b[0];
                return a;
            }));
        }
    }
}
