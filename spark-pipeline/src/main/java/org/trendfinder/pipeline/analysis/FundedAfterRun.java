package org.trendfinder.pipeline.analysis;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Projects posted by a run date but fully funded only after it: the {@code funding} plot subtracts them from the
 * funded-days counts, so a run sees only the fundings it could have known.
 *
 * @param byRun run index -> slug -> month posted -> days to funded -> projects (read-only)
 */
record FundedAfterRun(Map<Integer, Map<String, Map<YearMonth, Map<Integer, Long>>>> byRun) {

    /** days to funded -> projects of {@code slug} posted in {@code month} and funded after run {@code run}. */
    Map<Integer, Long> of(int run, String slug, YearMonth month) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, Map.of()).getOrDefault(month, Map.of());
    }

    /** The counts of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static FundedAfterRun collect(ProjectStack stack) {
        return StackPass.collect(stack, Accumulator::new);
    }

    /** run -> slug -> month posted -> days to funded -> projects. */
    static final class Accumulator extends StackAccumulator.OfTree<Accumulator, FundedAfterRun> {
        private static final long serialVersionUID = 1L;

        @Override
        void add(StackRow row) {
            for (int run : row.pendingRuns()) { // funded after the run, so funded: the days are known
                counts(tree, 1, run, row.slug(), row.month(), row.daysToFunded())[0]++;
            }
        }

        @Override
        FundedAfterRun result() {
            Map<Integer, Map<String, Map<YearMonth, Map<Integer, Long>>>> byRun = new HashMap<>();
            forEachLeaf(4, (path, n) -> byRun.computeIfAbsent((Integer) path[0], k -> new HashMap<>())
                    .computeIfAbsent((String) path[1], k -> new HashMap<>())
                    .computeIfAbsent(YearMonth.parse((String) path[2]), k -> new HashMap<>())
                    .merge((Integer) path[3], ((long[]) n)[0], Long::sum));
            return new FundedAfterRun(FrozenMaps.frozen(byRun, bySlug -> FrozenMaps.frozen(bySlug,
                    byMonth -> FrozenMaps.frozen(byMonth, FrozenMaps::frozen))));
        }
    }
}
