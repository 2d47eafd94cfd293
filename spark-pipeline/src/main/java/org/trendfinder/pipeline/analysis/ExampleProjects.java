package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each trend's newest projects in each run's recent period, for the {@code examples} plot.
 *
 * @param byRun run index -> slug -> examples, newest first, then by project id (read-only)
 */
record ExampleProjects(Map<Integer, Map<String, List<Example>>> byRun) {

    /** An example project of a trend in a run's recent period. */
    record Example(String projectId, String title, String state, LocalDate postedDate, String status, Double cost,
                   LocalDate fullyFundedDate) {
    }

    List<Example> of(int run, String slug) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, List.of());
    }

    /** The examples of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static ExampleProjects collect(ProjectStack stack, int perTrend) {
        return StackPass.collect(stack, () -> new Accumulator(perTrend));
    }

    /** Newest first, then by project id. */
    private static final Comparator<Example> NEWEST_THEN_ID = Comparator.comparing(Example::postedDate).reversed()
            .thenComparing(Example::projectId);
    /** {@link #NEWEST_THEN_ID} for the accumulator's candidates (posted epoch day at 3, project id at 0). */
    private static final Comparator<Object[]> NEWEST_CANDIDATE_THEN_ID = Comparator
            .comparing((Object[] c) -> (Long) c[3]).reversed().thenComparing(c -> (String) c[0]);

    /**
     * Over the trend rows only: run -> slug -> candidates, each {@code [project id, title, state, posted (epoch
     * day), status, cost, fully funded (epoch day)]}; a list is cut back to the newest {@code perTrend} whenever
     * it doubles.
     */
    static final class Accumulator extends StackAccumulator<Accumulator, ExampleProjects> {
        private static final long serialVersionUID = 1L;
        private final int perTrend;
        private final HashMap<Object, Object> candidates = new HashMap<>();

        Accumulator(int perTrend) {
            this.perTrend = perTrend;
        }

        @Override
        void add(StackRow row) {
            if (row.isAll()) {
                return;
            }
            for (int run : row.recentRuns()) {
                ArrayList<Object[]> list = list(candidates, run, row.slug());
                list.add(new Object[] {row.projectId(), row.title(), row.state(), row.posted().toEpochDay(),
                        row.status(), row.cost(), row.fullyFunded() == null ? null : row.fullyFunded().toEpochDay()});
                if (list.size() >= 2 * perTrend) {
                    keepNewest(list);
                }
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        Accumulator merge(Accumulator other) {
            mergeNested(candidates, other.candidates);
            candidates.values().forEach(bySlug -> ((Map<Object, Object>) bySlug).values()
                    .forEach(list -> keepNewest((ArrayList<Object[]>) list)));
            return this;
        }

        private void keepNewest(ArrayList<Object[]> list) {
            list.sort(NEWEST_CANDIDATE_THEN_ID);
            if (list.size() > perTrend) {
                list.subList(perTrend, list.size()).clear();
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        ExampleProjects result() {
            Map<Integer, Map<String, List<Example>>> byRun = new HashMap<>();
            candidates.forEach((run, bySlug) -> ((Map<Object, Object>) bySlug).forEach((slug, list) ->
                    byRun.computeIfAbsent((Integer) run, k -> new HashMap<>()).put((String) slug,
                            ((List<Object[]>) list).stream().map(Accumulator::example).sorted(NEWEST_THEN_ID)
                                    .limit(perTrend).toList())));
            return new ExampleProjects(FrozenMaps.frozen(byRun, FrozenMaps::frozen));
        }

        private static Example example(Object[] c) {
            return new Example((String) c[0], (String) c[1], (String) c[2], LocalDate.ofEpochDay((Long) c[3]),
                    (String) c[4], (Double) c[5], c[6] == null ? null : LocalDate.ofEpochDay((Long) c[6]));
        }
    }
}
