package org.trendfinder.pipeline.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Picks list entries with Zipf-like frequencies: the entry of rank r has weight 1 / (r + 1)^exponent. */
final class ZipfPicker<T> {
    private final List<T> items;
    private final double[] cumulative;

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
    }

    T pick(SplittableRandom rng) {
        double u = rng.nextDouble();
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return items.get(lo);
    }

    List<T> items() {
        return items;
    }
}
