package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups a backfill's run dates into window-details passes that each fit the driver. The history scan already
 * counted every rising key's window projects, so the size of a run's details (one entry per rising key and
 * window project, both horizons) is known before a pass starts: consecutive runs share a pass while their
 * entries stay within the budget, and a run larger than the budget gets a pass of its own.
 */
final class DetailPasses {

    /** Of the driver's heap, the share one pass may fill: partition results arrive and merge there. */
    static final double HEAP_SHARE = 0.25;
    /**
     * Driver bytes per entry: a {@link WindowTerm}'s three {@link IdSet} slots (project, teacher, school: at most
     * 16 bytes each in a half-full table) and the serialized and merging copies a tree reduce holds at once.
     */
    static final long BYTES_PER_ENTRY = 200;

    private DetailPasses() {
    }

    /** The entries a pass may hold on a driver with this much heap. */
    static long budgetFor(long maxHeapBytes) {
        return Math.max(1, (long) (maxHeapBytes * HEAP_SHARE / BYTES_PER_ENTRY));
    }

    /**
     * @param entries per run, in order, its details' entries
     * @return the passes, each as [first run, last run + 1)
     */
    static List<int[]> group(long[] entries, long budget) {
        List<int[]> passes = new ArrayList<>();
        int from = 0;
        long held = 0;
        for (int r = 0; r < entries.length; r++) {
            if (r > from && held + entries[r] > budget) {
                passes.add(new int[] {from, r});
                from = r;
                held = 0;
            }
            held += entries[r];
        }
        if (entries.length > 0) {
            passes.add(new int[] {from, entries.length});
        }
        return passes;
    }
}
