package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rejects repeated keys: among rows not rejected otherwise, the first occurrence in the file (lowest record
 * id) is kept and every later one is rejected with {@code reason}. Only the keys, not the rows, are
 * aggregated, and the repeated keys are usually few, so the join back is small.
 */
final class Duplicates {
    private static final String KEEP = "_dup_keep";
    private static final String KEY = "_dup_key";

    private Duplicates() {
    }

    /**
     * @param partitions the hash partition count of {@code tagged} by {@code keyColumn} (if it is so
     *                   partitioned): the repeated keys are partitioned the same way, so the join back never
     *                   reshuffles the large side
     */
    static Dataset<Row> reject(Dataset<Row> tagged, String keyColumn, String reason, String field, int partitions) {
        Dataset<Row> repeated = tagged.filter(Rejection.isGood())
                .groupBy(col(keyColumn).as(KEY))
                .agg(min(col(RawTable.RECORD_ID)).as(KEEP), count(lit(1)).as("_dup_n"))
                .filter(col("_dup_n").gt(1))
                .drop("_dup_n")
                .repartition(partitions, col(KEY));
        Dataset<Row> joined = tagged.join(repeated, tagged.col(keyColumn).equalTo(repeated.col(KEY)), "left");
        return Rejection.also(joined, new Rejection(reason, field,
                        col(KEEP).isNotNull().and(col(RawTable.RECORD_ID).notEqual(col(KEEP))), col(keyColumn)))
                .drop(KEEP, KEY);
    }
}
