package org.trendfinder.pipeline.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Each trend's projects per posted day, in all and inside each geo split, for the {@code geo_*} plots.
 *
 * @param splitNames the splits, in the order of the counts
 * @param bySlug     slug -> posted date -> [trend projects, inside split 0, inside split 1, ...] (read-only
 *                   maps; the arrays are the readers' to leave alone)
 */
record GeoSplitDaily(List<String> splitNames, Map<String, NavigableMap<LocalDate, long[]>> bySlug) {

    GeoSplitDaily {
        splitNames = List.copyOf(splitNames);
    }

    /** posted date -> counts of {@code slug}'s projects (empty for a slug without any). */
    NavigableMap<LocalDate, long[]> of(String slug) {
        return bySlug.getOrDefault(slug, Collections.emptyNavigableMap());
    }

    /** The counts of {@code stack} alone (one Spark job; {@link ProjectAggregates} makes them with the others). */
    static GeoSplitDaily collect(ProjectStack stack, List<String> splitNames) {
        List<String> names = List.copyOf(splitNames);
        return StackPass.collect(stack, () -> new Accumulator(names));
    }

    /** Over the trend rows only: slug -> posted date (epoch day) -> [projects, inside split 0, ...]. */
    static final class Accumulator extends StackAccumulator.OfTree<Accumulator, GeoSplitDaily> {
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> splitNames;

        Accumulator(List<String> splitNames) {
            this.splitNames = new ArrayList<>(splitNames);
        }

        @Override
        void add(StackRow row) {
            if (row.isAll()) {
                return;
            }
            long[] daily = counts(tree, splitNames.size() + 1, row.slug(), row.posted().toEpochDay());
            daily[0]++;
            for (int i = 0; i < splitNames.size(); i++) {
                if ((row.splitMask() & (1L << i)) != 0) {
                    daily[1 + i]++;
                }
            }
        }

        @Override
        GeoSplitDaily result() {
            Map<String, NavigableMap<LocalDate, long[]>> bySlug = new HashMap<>();
            forEachLeaf(2, (path, n) -> bySlug.computeIfAbsent((String) path[0], k -> new TreeMap<>())
                    .put(LocalDate.ofEpochDay((Long) path[1]), (long[]) n));
            bySlug.replaceAll((slug, daily) -> Collections.unmodifiableNavigableMap(daily));
            return new GeoSplitDaily(splitNames, Collections.unmodifiableMap(bySlug));
        }
    }
}
