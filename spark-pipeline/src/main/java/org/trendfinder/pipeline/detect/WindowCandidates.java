package org.trendfinder.pipeline.detect;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.trendfinder.pipeline.text.TermExtractor;

/**
 * Pass 1: analyzes only the projects of the current windows and keeps, per run, the keys found in at
 * least that run's minimum of window projects. Each partition first counts its own keys (one row per
 * run and key, not per occurrence), so the shuffle carries window terms once per partition.
 */
final class WindowCandidates {

    private WindowCandidates() {
    }

    /**
     * @param windows    per run, the inclusive window [first day, last day]
     * @param minimums   per run, the minimum window projects for a candidate
     * @return per run, its candidate keys
     */
    static List<Set<String>> find(Dataset<Row> projectTexts, List<int[]> windows, long[] minimums, int maxNgram) {
        JavaRDD<Row> partial = projectTexts.filter(ProjectTexts.inRanges(windows)).javaRDD().mapPartitions(rows -> {
            List<Map<String, long[]>> counts = new ArrayList<>();
            for (int r = 0; r < windows.size(); r++) {
                counts.add(new HashMap<>());
            }
            try (TermExtractor extractor = TermExtractor.overAnalyzed(maxNgram, null)) {
                while (rows.hasNext()) {
                    Row row = rows.next();
                    int day = row.getInt(ProjectTexts.DAY);
                    Set<String> keys = extractor.distinctTerms(ProjectTexts.texts(row)).keySet();
                    for (int r = 0; r < windows.size(); r++) {
                        if (day >= windows.get(r)[0] && day <= windows.get(r)[1]) {
                            Map<String, long[]> runCounts = counts.get(r);
                            for (String key : keys) {
                                runCounts.computeIfAbsent(key, k -> new long[1])[0]++;
                            }
                        }
                    }
                }
            }
            List<Row> out = new ArrayList<>();
            for (int r = 0; r < counts.size(); r++) {
                for (Map.Entry<String, long[]> e : counts.get(r).entrySet()) {
                    out.add(RowFactory.create(r, e.getKey(), e.getValue()[0]));
                }
            }
            return out.iterator();
        });
        StructType schema = new StructType()
                .add("run", DataTypes.IntegerType, false)
                .add("key", DataTypes.StringType, false)
                .add("n", DataTypes.LongType, false);
        Column[] minimumColumns = new Column[minimums.length];
        for (int r = 0; r < minimums.length; r++) {
            minimumColumns[r] = lit(minimums[r]);
        }
        List<Row> kept = projectTexts.sparkSession().createDataFrame(partial, schema)
                .groupBy("run", "key").agg(sum("n").as("n"))
                .filter(col("n").geq(element_at(array(minimumColumns), col("run").plus(1))))
                .select("run", "key")
                .collectAsList();
        List<Set<String>> candidates = new ArrayList<>();
        for (int r = 0; r < windows.size(); r++) {
            candidates.add(new HashSet<>());
        }
        for (Row row : kept) {
            candidates.get(row.getInt(0)).add(row.getString(1));
        }
        return candidates;
    }
}
