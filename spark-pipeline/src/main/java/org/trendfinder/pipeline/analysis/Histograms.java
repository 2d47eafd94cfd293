package org.trendfinder.pipeline.analysis;

import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/** Statistics of a histogram of integer values (value -> count). */
final class Histograms {

    private Histograms() {
    }

    /** The median (mean of the two middle values for an even count); empty for an empty histogram. */
    static OptionalDouble median(NavigableMap<Integer, Long> histogram) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        // 0-based ranks of the middle value(s)
        long lowRank = (n - 1) / 2;
        long highRank = n / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lowRank < next) {
                low = e.getKey();
            }
            if (highRank < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return OptionalDouble.of((low + high) / 2.0);
    }

    /**
     * The nearest-rank quantile: the smallest value at or below which at least {@code q} of the counts lie;
     * empty for an empty histogram.
     */
    static java.util.OptionalInt quantile(NavigableMap<Integer, Long> histogram, double q) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return java.util.OptionalInt.empty();
        }
        long rank = Math.max(1, (long) Math.ceil(q * n));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return java.util.OptionalInt.of(e.getKey());
            }
        }
        return java.util.OptionalInt.of(histogram.lastKey());
    }
}
