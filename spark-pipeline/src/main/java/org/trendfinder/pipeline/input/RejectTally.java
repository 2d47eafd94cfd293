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

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.trendfinder.store.RunManifest;

/**
 * Counts each tagged file's rows, rejects per reason and warnings in one aggregate over all the files, then
 * fetches a bounded sample of rejected rows per file and reason in one more job: two Spark jobs for a whole
 * input, however many files it has (it was a pair of small jobs per file, each paying its planning). Record
 * numbers come from the record id: its upper bits are the scan partition, its lower bits the row within it, so
 * the per-partition counts of the same aggregate give each partition's first record number (exact when the
 * file's partitions are read in file order, as Spark does for one file).
 */
public final class RejectTally {
    /** Optional warning column of a tagged dataset (null when the row has none). */
    public static final String WARNING = "_warning";
    private static final String PART = "_part";
    private static final String FILE = "_tally_file";
    private static final long ROW_MASK = (1L << 33) - 1;

    private RejectTally() {
    }

    /** One file's tagged rows: every column of its read plus {@link Rejection}'s and, optionally, {@link #WARNING}. */
    public record Tagged(CsvFileSpec file, Dataset<Row> rows) {
    }

    public static InputReport of(CsvFileSpec file, Dataset<Row> tagged, int samplesPerReason) {
        return of(List.of(new Tagged(file, tagged)), samplesPerReason);
    }

    /** The files' reports added up in list order (samples file by file, then by reason and record). */
    public static InputReport of(List<Tagged> files, int samplesPerReason) {
        List<Dataset<Row>> counted = new ArrayList<>();
        List<Dataset<Row>> rejectedRows = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Dataset<Row> rows = files.get(i).rows();
            Column warning = Arrays.asList(rows.columns()).contains(WARNING)
                    ? col(WARNING) : lit(null).cast(DataTypes.StringType);
            counted.add(rows.select(lit(i).as(FILE), shiftrightunsigned(col(RawTable.RECORD_ID), 33).as(PART),
                    col(Rejection.REASON), warning.as(WARNING)));
            rejectedRows.add(rows.filter(col(Rejection.REASON).isNotNull()).select(lit(i).as(FILE),
                    col(RawTable.RECORD_ID), col(Rejection.REASON), col(Rejection.FIELD), col(Rejection.VALUE)));
        }
        List<Row> groups = counted.stream().reduce(Dataset::union).orElseThrow()
                .groupBy(col(FILE), col(PART), col(Rejection.REASON), col(WARNING))
                .count().collectAsList();
        List<Tally> tallies = files.stream().map(f -> new Tally(f.file().fileName())).toList();
        for (Row g : groups) {
            tallies.get(g.getInt(0)).add(g.getLong(1), g.isNullAt(2) ? null : g.getString(2),
                    g.isNullAt(3) ? null : g.getString(3), g.getLong(4));
        }
        if (tallies.stream().anyMatch(t -> !t.rejected.isEmpty())) {
            List<Row> sampled = rejectedRows.stream().reduce(Dataset::union).orElseThrow()
                    .withColumn("_rn", row_number().over(Window.partitionBy(col(FILE), col(Rejection.REASON))
                            .orderBy(col(RawTable.RECORD_ID))))
                    .filter(col("_rn").leq(samplesPerReason))
                    .drop("_rn")
                    .orderBy(col(FILE), col(Rejection.REASON), col(RawTable.RECORD_ID))
                    .collectAsList();
            for (Row s : sampled) {
                tallies.get(s.getInt(0)).sample(s.getLong(1), s.getString(2), s.getString(3), s.getString(4));
            }
        }
        return tallies.stream().map(Tally::report).reduce(InputReport::plus).orElseGet(InputReport::empty);
    }

    /** One file's counts as the aggregate returns them, then its samples. */
    private static final class Tally {
        private final String name;
        private long read;
        private final Map<String, Long> rejected = new TreeMap<>();
        private final Map<String, Long> warnings = new TreeMap<>();
        private final TreeMap<Long, Long> perPartition = new TreeMap<>();
        private final List<RunManifest.RejectedRow> samples = new ArrayList<>();
        private Map<Long, Long> firstRecord;

        Tally(String name) {
            this.name = name;
        }

        void add(long partition, String reason, String warning, long n) {
            read += n;
            perPartition.merge(partition, n, Long::sum);
            if (reason != null) {
                rejected.merge(name + ":" + reason, n, Long::sum);
            } else if (warning != null) {
                warnings.merge(name + ":" + warning, n, Long::sum);
            }
        }

        void sample(long id, String reason, String field, String value) {
            if (firstRecord == null) {
                firstRecord = new HashMap<>();
                long offset = 0;
                for (Map.Entry<Long, Long> e : perPartition.entrySet()) {
                    firstRecord.put(e.getKey(), offset);
                    offset += e.getValue();
                }
            }
            long record = firstRecord.getOrDefault(id >>> 33, 0L) + (id & ROW_MASK) + 1;
            samples.add(new RunManifest.RejectedRow(name, record, field, reason, value));
        }

        InputReport report() {
            return new InputReport(Map.of(name, read), rejected, samples, warnings);
        }
    }
}
