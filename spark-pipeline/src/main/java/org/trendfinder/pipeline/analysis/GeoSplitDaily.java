package org.trendfinder.pipeline.analysis;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.trendfinder.pipeline.analysis.ProjectStack.SLUG;
import static org.trendfinder.pipeline.analysis.ProjectStack.SPLIT_MASK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.pipeline.input.ProjectColumns;

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

    /** One Spark job, over the trend rows only. */
    static GeoSplitDaily collect(Dataset<Row> stacked, List<String> splitNames) {
        int splits = splitNames.size();
        List<Column> aggs = new ArrayList<>();
        for (int i = 0; i < splits; i++) {
            aggs.add(sum(when(col(SPLIT_MASK).bitwiseAND(lit(1L << i)).notEqual(lit(0L)), 1L).otherwise(0L))
                    .as("in_" + i));
        }
        List<Row> rows = stacked.where(col(SLUG).notEqual(lit(Aggregates.ALL)))
                .groupBy(SLUG, ProjectColumns.POSTED_DATE)
                .agg(count(lit(1)).as("n"), aggs.toArray(Column[]::new))
                .collectAsList();
        Map<String, NavigableMap<LocalDate, long[]>> bySlug = new HashMap<>();
        for (Row r : rows) {
            long[] counts = new long[splits + 1];
            for (int i = 0; i <= splits; i++) {
                counts[i] = r.getLong(2 + i);
            }
            bySlug.computeIfAbsent(r.getString(0), k -> new TreeMap<>()).put(r.getDate(1).toLocalDate(), counts);
        }
        bySlug.replaceAll((slug, daily) -> Collections.unmodifiableNavigableMap(daily));
        return new GeoSplitDaily(splitNames, Collections.unmodifiableMap(bySlug));
    }
}
