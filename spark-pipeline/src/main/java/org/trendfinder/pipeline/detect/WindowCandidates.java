package org.trendfinder.pipeline.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.text.TermExtractor;

import scala.Tuple2;

/**
 * Pass 1: analyzes only the projects of the current windows and keeps, per window, the keys found in at
 * least that window's minimum of projects. A project is counted once, in its {@link WindowSegments segment};
 * each partition sends one row per segment and key, and once a key's rows meet after the shuffle its segments
 * add up to every window's count. Keys seen in fewer projects than the smallest minimum stop there.
 */
final class WindowCandidates {

    private static final StructType PARTIAL = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("segment", DataTypes.IntegerType, false)
            .add("n", DataTypes.LongType, false);

    private WindowCandidates() {
    }

    /**
     * @param windows    per window, the inclusive day range [first day, last day]
     * @param minimums   per window, the minimum window projects for a candidate
     * @return per window, its candidate keys
     */
    static List<Set<String>> find(Dataset<Row> projectTexts, List<int[]> windows, long[] minimums, int maxNgram) {
        WindowSegments segments = WindowSegments.of(windows);
        List<Set<String>> candidates = new ArrayList<>();
        for (int w = 0; w < windows.size(); w++) {
            candidates.add(new HashSet<>());
        }
        long leastMinimum = java.util.Arrays.stream(minimums).min().orElse(Long.MAX_VALUE);
        if (segments.count() == 0 || leastMinimum == Long.MAX_VALUE) {
            return candidates;
        }
        JavaRDD<Row> partial = projectTexts.filter(ProjectTexts.inRanges(windows)).javaRDD()
                .mapPartitions(rows -> segmentCounts(rows, segments, maxNgram));
        List<Tuple2<Integer, String>> kept = projectTexts.sparkSession().createDataFrame(partial, PARTIAL)
                .groupByKey((MapFunction<Row, String>) row -> row.getString(0), Encoders.STRING())
                .flatMapGroups(new WindowsReached(segments, minimums, leastMinimum),
                        Encoders.tuple(Encoders.INT(), Encoders.STRING()))
                .collectAsList();
        for (Tuple2<Integer, String> windowKey : kept) {
            candidates.get(windowKey._1()).add(windowKey._2());
        }
        return candidates;
    }

    /** A partition's projects per segment and key, as (key, segment, projects) rows. */
    private static Iterator<Row> segmentCounts(Iterator<Row> rows, WindowSegments segments, int maxNgram) {
        List<Map<String, long[]>> counts = new ArrayList<>();
        for (int s = 0; s < segments.count(); s++) {
            counts.add(new HashMap<>());
        }
        try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, null)) {
            while (rows.hasNext()) {
                Row row = rows.next();
                int segment = segments.segmentOf(row.getInt(ProjectTexts.DAY));
                if (segment < 0) {
                    continue;
                }
                Map<String, long[]> segmentCounts = counts.get(segment);
                for (String key : extractor.distinctTerms(ProjectTexts.texts(row)).keySet()) {
                    segmentCounts.computeIfAbsent(key, k -> new long[1])[0]++;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (int s = 0; s < counts.size(); s++) {
            for (Map.Entry<String, long[]> e : counts.get(s).entrySet()) {
                out.add(RowFactory.create(e.getKey(), s, e.getValue()[0]));
            }
        }
        return out.iterator();
    }

    /** One key's segment counts, summed into each window; emits (window, key) where the window's minimum is met. */
    private static final class WindowsReached implements FlatMapGroupsFunction<String, Row, Tuple2<Integer, String>> {

        private final WindowSegments segments;
        private final long[] minimums;
        private final long leastMinimum;

        WindowsReached(WindowSegments segments, long[] minimums, long leastMinimum) {
            this.segments = segments;
            this.minimums = minimums;
            this.leastMinimum = leastMinimum;
        }

        @Override
        public Iterator<Tuple2<Integer, String>> call(String key, Iterator<Row> rows) {
            long[] prefix = new long[segments.count() + 1];
            long total = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                long n = row.getLong(2);
                prefix[row.getInt(1) + 1] += n;
                total += n;
            }
            if (total < leastMinimum) {
                return java.util.Collections.emptyIterator();
            }
            for (int s = 0; s < segments.count(); s++) {
                prefix[s + 1] += prefix[s];
            }
            List<Tuple2<Integer, String>> reached = new ArrayList<>();
            for (int w = 0; w < segments.windows(); w++) {
                if (segments.firstOf(w) > segments.lastOf(w)) {
                    continue;
                }
                long projects = prefix[segments.lastOf(w) + 1] - prefix[segments.firstOf(w)];
                if (projects >= minimums[w]) {
                    reached.add(new Tuple2<>(w, key));
                }
            }
            return reached.iterator();
        }
    }
}
