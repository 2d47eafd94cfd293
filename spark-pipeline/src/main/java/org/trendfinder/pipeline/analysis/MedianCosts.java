package org.trendfinder.pipeline.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The median project cost per (slug, month cut), for the {@code funding} plot: exact, the mean of the two middle
 * costs for an even count, as the plot's median days to funding ({@link Histograms#median}). It was
 * {@code percentile_approx}, whose pick among near-median costs depended on how the projects were partitioned,
 * so the same history read from raw CSV and from Parquet gave different medians (542.06 against 541.8). The
 * median is rounded to a tenth of a cent: costs are dollars and cents, so the mean of two is a multiple of half a
 * cent, and rounding drops only the binary remainder of the sum (29.35 and 2494.49 give 1261.92, not
 * 1261.9199999999998).
 *
 * @param bySlug slug -> (month, cut) -> median cost (read-only; no entry where no project has a cost)
 */
record MedianCosts(Map<String, Map<MonthCut, Double>> bySlug) {

    /** A tenth of a cent: exact for the mean of two costs in cents. */
    static final int DECIMALS = 3;

    /** The medians of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static MedianCosts collect(ProjectStack stack) {
        return StackPass.collect(stack, Accumulator::new);
    }

    /**
     * The median of {@code costs} (sorted ascending, at least one) as Spark SQL's {@code percentile(cost, 0.5)}
     * computes it (the two middle costs interpolated at the middle position), rounded half up to
     * {@link #DECIMALS} as its {@code round} does: the published medians did not change when this moved out of SQL.
     */
    static double median(double[] costs) {
        double position = (costs.length - 1) * 0.5;
        long lower = (long) Math.floor(position);
        long higher = (long) Math.ceil(position);
        double lowerCost = costs[(int) lower];
        double higherCost = costs[(int) higher];
        double median = higher == lower || lowerCost == higherCost ? lowerCost
                : (higher - position) * lowerCost + (position - lower) * higherCost;
        if (Double.isNaN(median) || Double.isInfinite(median)) {
            return median;
        }
        return BigDecimal.valueOf(median).setScale(DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }

    /** slug -> month -> cut -> the costs of its projects that have one. */
    static final class Accumulator extends StackAccumulator.OfTree<Accumulator, MedianCosts> {
        private static final long serialVersionUID = 1L;

        @Override
        void add(StackRow row) {
            if (row.cost() == null) {
                return;
            }
            for (int cut : row.cuts()) {
                StackAccumulator.<Double>list(tree, row.slug(), row.month(), cut).add(row.cost());
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        MedianCosts result() {
            Map<String, Map<MonthCut, Double>> bySlug = new HashMap<>();
            forEachLeaf(3, (path, costs) -> {
                double[] sorted = ((List<Double>) costs).stream().mapToDouble(Double::doubleValue).sorted().toArray();
                bySlug.computeIfAbsent((String) path[0], k -> new HashMap<>())
                        .put(new MonthCut(YearMonth.parse((String) path[1]), (Integer) path[2]), median(sorted));
            });
            return new MedianCosts(FrozenMaps.frozen(bySlug, FrozenMaps::frozen));
        }
    }
}
