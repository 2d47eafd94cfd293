package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.shiftrightunsigned;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.trendfinder.store.RunManifest;

/**
 * Counts a tagged file's rows, rejects per reason and warnings in one aggregate, then fetches a bounded
 * sample of rejected rows per reason. Record numbers come from the record id: its upper bits are the scan
 * partition, its lower bits the row within it, so the per-partition counts of the same aggregate give each
 * partition's first record number (exact when the file's partitions are read in file order, as Spark does
 * for one file).
 */
public final class RejectTally {
    /** Optional warning column of a tagged dataset (null when the row has none). */
    public static final String WARNING = "_warning";
    private static final String PART = "_part";
    private static final long ROW_MASK = (1L << 33) - 1;

    private RejectTally() {
    }

    public static InputReport of(CsvFileSpec file, Dataset<Row> tagged, int samplesPerReason) {
        Dataset<Row> rows = tagged.columns().length > 0 && Arrays.asList(tagged.columns()).contains(WARNING)
                ? tagged : tagged.withColumn(WARNING, lit(null).cast(DataTypes.StringType));
        List<Row> groups = rows
                .groupBy(shiftrightunsigned(col(RawTable.RECORD_ID), 33).as(PART), col(Rejection.REASON), col(WARNING))
                .count().collectAsList();
        String name = file.fileName();
        long read = 0;
        Map<String, Long> rejected = new TreeMap<>();
        Map<String, Long> warnings = new TreeMap<>();
        TreeMap<Long, Long> perPartition = new TreeMap<>();
        for (Row g : groups) {
            long n = g.getLong(3);
            read += n;
            perPartition.merge(g.getLong(0), n, Long::sum);
            if (!g.isNullAt(1)) {
                rejected.merge(name + ":" + g.getString(1), n, Long::sum);
            } else if (!g.isNullAt(2)) {
                warnings.merge(name + ":" + g.getString(2), n, Long::sum);
            }
        }
        Map<Long, Long> firstRecord = new HashMap<>();
        long offset = 0;
        for (Map.Entry<Long, Long> e : perPartition.entrySet()) {
            firstRecord.put(e.getKey(), offset);
            offset += e.getValue();
        }
        List<RunManifest.RejectedRow> samples = new ArrayList<>();
        if (!rejected.isEmpty()) {
            List<Row> sampled = rows.filter(col(Rejection.REASON).isNotNull())
                    .withColumn("_rn", row_number().over(
                            Window.partitionBy(col(Rejection.REASON)).orderBy(col(RawTable.RECORD_ID))))
                    .filter(col("_rn").leq(samplesPerReason))
                    .select(col(RawTable.RECORD_ID), col(Rejection.REASON), col(Rejection.FIELD), col(Rejection.VALUE))
                    .orderBy(col(Rejection.REASON), col(RawTable.RECORD_ID))
                    .collectAsList();
            for (Row s : sampled) {
                long id = s.getLong(0);
                long record = firstRecord.getOrDefault(id >>> 33, 0L) + (id & ROW_MASK) + 1;
                samples.add(new RunManifest.RejectedRow(name, record, s.getString(2), s.getString(1), s.getString(3)));
            }
        }
        return new InputReport(Map.of(name, read), rejected, samples, warnings);
    }
}
