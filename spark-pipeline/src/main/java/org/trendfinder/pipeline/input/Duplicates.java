package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rejects repeated keys: among rows not rejected otherwise, the first occurrence in the file (lowest record
 * id) is kept and every later one is rejected with {@code reason}. Only the keys, not the rows, are
 * aggregated, and the repeated keys are broadcast, so the tagged rows stay where they are.
 */
final class Duplicates {
    private static final String KEEP = "_dup_keep";
    private static final String KEY = "_dup_key";

    private Duplicates() {
    }

    static Dataset<Row> reject(Dataset<Row> tagged, String keyColumn, String reason, String field) {
        Dataset<Row> repeated = tagged.filter(Rejection.isGood())
                .groupBy(col(keyColumn).as(KEY))
                .agg(min(col(RawTable.RECORD_ID)).as(KEEP), count(lit(1)).as("_dup_n"))
                .filter(col("_dup_n").gt(1))
                .drop("_dup_n");
        // Broadcast: the shuffled join Spark chose here moved and sorted every tagged row (essays included) to
        // meet a handful of keys. A repeated key is at least two rows, so the broadcast holds at most half the
        // file's keys.
        Dataset<Row> joined = tagged.join(broadcast(repeated), tagged.col(keyColumn).equalTo(repeated.col(KEY)), "left");
        return Rejection.also(joined, new Rejection(reason, field,
                        col(KEEP).isNotNull().and(col(RawTable.RECORD_ID).notEqual(col(KEEP))), col(keyColumn)))
                .drop(KEEP, KEY);
    }
}
