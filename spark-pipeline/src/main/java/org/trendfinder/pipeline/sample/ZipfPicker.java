package org.trendfinder.pipeline.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Picks list entries with Zipf-like frequencies: the entry of rank r has weight 1 / (r + 1)^exponent. */
final class ZipfPicker<T> {
    private final List<T> items;
    private final double[] cumulative;
    private final int[] bucketStart; // first rank whose cumulative share reaches each 1/BUCKETS step
    private static final int BUCKETS = 1024;

    ZipfPicker(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no items");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[items.size()];
        double total = 0;
        for (int r = 0; r < items.size(); r++) {
            total += 1.0 / Math.pow(r + 1, exponent);
            cumulative[r] = total;
        }
        for (int r = 0; r < cumulative.length; r++) {
            cumulative[r] /= total;
        }
        cumulative[cumulative.length - 1] = 1.0;
        bucketStart = new int[BUCKETS];
        int r = 0;
        for (int b = 0; b < BUCKETS; b++) {
            while (cumulative[r] < b / (double) BUCKETS) {
                r++;
            }
            bucketStart[b] = r;
        }
    }

    T pick(SplittableRandom rng) {
        double u = rng.nextDouble();
        int r = bucketStart[(int) (u * BUCKETS)];
        while (cumulative[r] < u) {
            r++;
        }
        return items.get(r);
    }

    List<T> items() {
        return items;
    }
}
