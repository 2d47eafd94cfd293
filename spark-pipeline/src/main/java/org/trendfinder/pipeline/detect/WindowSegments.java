package org.trendfinder.pipeline.detect;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The day axis cut at every window's edges into disjoint segments, so that each window is a run of whole
 * segments. A backfill's windows overlap: a project of the growing horizon lies in a dozen of them. Counting it
 * once in its segment and summing a window's segments afterwards replaces a dozen counts per project and key
 * with one, and the sums run once per key, not once per project.
 */
final class WindowSegments implements Serializable {

    private final int firstDay;
    /** Per day from {@link #firstDay}, its segment, or -1 when no window holds it. */
    private final int[] segmentOfDay;
    private final int segments;
    private final int[] firstSegment;
    private final int[] lastSegment;

    private WindowSegments(int firstDay, int[] segmentOfDay, int segments, int[] firstSegment, int[] lastSegment) {
        this.firstDay = firstDay;
        this.segmentOfDay = segmentOfDay;
        this.segments = segments;
        this.firstSegment = firstSegment;
        this.lastSegment = lastSegment;
    }

    /** @param windows inclusive day ranges; a range that ends before it starts is an empty window */
    static WindowSegments of(List<int[]> windows) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int[] window : windows) {
            if (window[0] <= window[1]) {
                edges.add(window[0]);
                edges.add(window[1] + 1);
            }
        }
        int[] firstSegment = new int[windows.size()];
        int[] lastSegment = new int[windows.size()];
        if (edges.isEmpty()) {
            Arrays.fill(lastSegment, -1);
            return new WindowSegments(0, new int[0], 0, firstSegment, lastSegment);
        }
        int[] cuts = edges.stream().mapToInt(Integer::intValue).toArray();
        int firstDay = cuts[0];
        int[] segmentOfDay = new int[cuts[cuts.length - 1] - firstDay];
        Arrays.fill(segmentOfDay, -1);
        boolean[] covered = new boolean[cuts.length - 1];
        for (int w = 0; w < windows.size(); w++) {
            int[] window = windows.get(w);
            if (window[0] > window[1]) {
                firstSegment[w] = 0;
                lastSegment[w] = -1;
                continue;
            }
            firstSegment[w] = Arrays.binarySearch(cuts, window[0]);
            lastSegment[w] = Arrays.binarySearch(cuts, window[1] + 1) - 1;
            for (int s = firstSegment[w]; s <= lastSegment[w]; s++) {
                covered[s] = true;
            }
        }
        for (int s = 0; s < covered.length; s++) {
            if (covered[s]) {
                Arrays.fill(segmentOfDay, cuts[s] - firstDay, cuts[s + 1] - firstDay, s);
            }
        }
        return new WindowSegments(firstDay, segmentOfDay, cuts.length - 1, firstSegment, lastSegment);
    }

    /** How many segments there are (those between windows included, which no day maps to). */
    int count() {
        return segments;
    }

    /** The segment of a day, or -1 when the day lies in no window. */
    int segmentOf(int day) {
        int index = day - firstDay;
        return index >= 0 && index < segmentOfDay.length ? segmentOfDay[index] : -1;
    }

    /** The first segment of a window (greater than {@link #lastOf} for an empty window). */
    int firstOf(int window) {
        return firstSegment[window];
    }

    /** The last segment of a window. */
    int lastOf(int window) {
        return lastSegment[window];
    }

    /** Whether the window consists of the segment. */
    boolean contains(int window, int segment) {
        return segment >= firstSegment[window] && segment <= lastSegment[window];
    }

    int windows() {
        return firstSegment.length;
    }
}
