package org.trendfinder.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.trendfinder.pipeline.SparkTestSession;
import org.trendfinder.store.testing.FaultProxy;
import org.trendfinder.store.testing.S3Operation;
import org.trendfinder.store.testing.S3Request;

/**
 * Spark writes Parquet to {@code s3a://} with S3A's magic committer, as the job will on EMR: task output
 * goes straight to its final key as an uncompleted multipart upload, and job commit completes the uploads,
 * so no data file is ever copied (renamed). Checked against S3Proxy through a logging {@link FaultProxy}.
 */
class MagicCommitterS3Test extends ProxiedS3Test {

    /** The settings the job needs for the magic committer (PLATFORM.md: the committer name alone commits nothing through it). */
    static final Map<String, String> MAGIC_SQL_CONF = Map.of(
            "spark.sql.sources.commitProtocolClass", "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol",
            "spark.sql.parquet.output.committer.class",
            "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter");

    @Test
    void parquetWriteCommitsThroughMultipartUploadsWithoutCopies() throws Exception {
        SparkSession spark = SparkTestSession.get();
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        // Per-bucket keys: this server's bucket name is unique, so nothing else in the shared session changes.
        String perBucket = "fs.s3a.bucket." + server.bucket() + ".";
        server.hadoopConf(proxy.endpoint()).forEach((k, v) -> hadoop.set(perBucket + k.substring("fs.s3a.".length()), v));
        hadoop.set(perBucket + "committer.magic.enabled", "true");
        // Not per bucket: fs.s3a.bucket.<b>.committer.name=magic was ignored here (Spark 3.5.5 PathOutputCommitProtocol,
        // Hadoop 3.4.1) and the write silently fell back to FileOutputCommitter, renaming every file by COPY.
        hadoop.set("fs.s3a.committer.name", "magic");
        hadoop.set("mapreduce.outputcommitter.factory.scheme.s3a", "org.apache.hadoop.fs.s3a.commit.S3ACommitterFactory");
        MAGIC_SQL_CONF.forEach(spark.conf()::set);
        String out = server.s3aUri("magic/x");
        try {
            Dataset<Row> data = spark.range(0, 100).selectExpr("id", "id % 7 AS grp", "concat('w', id) AS word")
                    .repartition(2);
            data.write().mode("overwrite").parquet(out);

            Dataset<Row> back = spark.read().parquet(out).orderBy("id");
            // Parquet reads every column back as nullable; the rows must be the same.
            SparkTestSession.assertDataFrameEquals(
                    spark.createDataFrame(data.orderBy("id").collectAsList(), back.schema()), back);
        } finally {
            MAGIC_SQL_CONF.keySet().forEach(spark.conf()::unset);
            hadoop.unset("fs.s3a.committer.name");
        }

        List<S3Request> log = proxy.requests();
        System.out.println("magic committer requests:\n" + HadoopStoreFilesS3Test.summary(log));
        Map<String, String> written = S3TestStores.snapshot(server, "magic/x/");
        List<String> parquet = written.keySet().stream().filter(k -> k.endsWith(".parquet")).toList();
        assertThat(parquet).hasSize(2);
        assertThat(written.keySet()).noneMatch(k -> k.contains("__magic")).contains("_SUCCESS");
        // S3A committers write a JSON _SUCCESS naming the committer (FileOutputCommitter's is empty).
        assertThat(written.get("_SUCCESS")).contains("\"committer\":\"magic\"");

        assertThat(log).extracting(S3Request::operation).doesNotContain(S3Operation.COPY_OBJECT,
                S3Operation.UPLOAD_PART_COPY);
        for (String file : parquet) {
            String key = "magic/x/" + file;
            assertThat(log).filteredOn(r -> r.key().equals(key)).extracting(S3Request::operation)
                    .as(key).contains(S3Operation.CREATE_MULTIPART, S3Operation.UPLOAD_PART, S3Operation.COMPLETE_MULTIPART)
                    .doesNotContain(S3Operation.PUT_OBJECT);
        }
    }
}
