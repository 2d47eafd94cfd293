package org.trendfinder.pipeline.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.trendfinder.pipeline.input.ProjectColumns;

/**
 * Projects per category of each {@code by_*} dimension over each run's recent period, plus the period's total
 * under dimension and category {@link Aggregates#RECENT_TOTAL}.
 *
 * @param byRun run index -> slug -> dimension -> category -> projects (read-only)
 */
record RecentCategories(Map<Integer, Map<String, Map<String, Map<String, Long>>>> byRun) {

    /** The dimensions of the {@code by_*} plots: the project column each one breaks down. */
    static final List<String> DIMENSIONS = List.of(ProjectColumns.STATE, ProjectColumns.POVERTY_LEVEL,
            ProjectColumns.METRO_TYPE, ProjectColumns.GRADE_LEVEL, Aggregates.SUBJECT,
            ProjectColumns.RESOURCE_CATEGORY, ProjectColumns.TEACHER_PREFIX);

    /** The category of a project without a value in a dimension. */
    static final String UNKNOWN = "Unknown";

    /** dimension -> category -> projects of {@code slug} in run {@code run}'s recent period. */
    Map<String, Map<String, Long>> of(int run, String slug) {
        return byRun.getOrDefault(run, Map.of()).getOrDefault(slug, Map.of());
    }

    /** The counts of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static RecentCategories collect(ProjectStack stack) {
        return StackPass.collect(stack, Accumulator::new);
    }

    /** run -> slug -> dimension -> category -> projects. */
    static final class Accumulator extends StackAccumulator.OfTree<Accumulator, RecentCategories> {
        private static final long serialVersionUID = 1L;

        @Override
        void add(StackRow row) {
            for (int run : row.recentRuns()) {
                counts(tree, 1, run, row.slug(), Aggregates.RECENT_TOTAL, Aggregates.RECENT_TOTAL)[0]++;
                count(run, row.slug(), ProjectColumns.STATE, row.state());
                count(run, row.slug(), ProjectColumns.POVERTY_LEVEL, row.povertyLevel());
                count(run, row.slug(), ProjectColumns.METRO_TYPE, row.metroType());
                count(run, row.slug(), ProjectColumns.GRADE_LEVEL, row.gradeLevel());
                count(run, row.slug(), ProjectColumns.RESOURCE_CATEGORY, row.resourceCategory());
                count(run, row.slug(), ProjectColumns.TEACHER_PREFIX, row.teacherPrefix());
                for (String subject : row.subjects()) { // once per subject listed, as the plot counts them
                    counts(tree, 1, run, row.slug(), Aggregates.SUBJECT, subject)[0]++;
                }
            }
        }

        private void count(int run, String slug, String dimension, String category) {
            counts(tree, 1, run, slug, dimension, category == null ? UNKNOWN : category)[0]++;
        }

        @Override
        RecentCategories result() {
            Map<Integer, Map<String, Map<String, Map<String, Long>>>> byRun = new HashMap<>();
            forEachLeaf(4, (path, n) -> byRun.computeIfAbsent((Integer) path[0], k -> new HashMap<>())
                    .computeIfAbsent((String) path[1], k -> new HashMap<>())
                    .computeIfAbsent((String) path[2], k -> new HashMap<>())
                    .merge((String) path[3], ((long[]) n)[0], Long::sum));
            return new RecentCategories(FrozenMaps.frozen(byRun, bySlug -> FrozenMaps.frozen(bySlug,
                    byDim -> FrozenMaps.frozen(byDim, FrozenMaps::frozen))));
        }
    }
}
