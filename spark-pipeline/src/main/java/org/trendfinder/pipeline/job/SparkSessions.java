package org.trendfinder.pipeline.job;

import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the job's SparkSession. Under spark-submit or on EMR the master and resources come from the
 * submitting side; run from the local jar there is no master yet and we default to all local cores.
 */
public final class SparkSessions {

    private static final String PATH_OUTPUT_COMMIT_PROTOCOL =
            "org.apache.spark.internal.io.cloud.PathOutputCommitProtocol";

    private SparkSessions() {
    }

    public static SparkSession create(String appName, String master, Map<String, String> extraConf) {
        SparkConf conf = new SparkConf(true).setAppName(appName);
        if (master != null && !master.isBlank()) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        boolean local = conf.get("spark.master").startsWith("local");
        if (local) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.sql.shuffle.partitions", "8");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        conf.setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        // The cached projects are mostly unique text, which the cache's column encodings (dictionary, run
        // length) cannot shrink; trying them on every value took about a third of building each cache
        // (measured on 250 k projects: the tagged rows 21 to 9 s of task time, the joined projects 35 to 26 s).
        conf.setIfMissing("spark.sql.inMemoryColumnarStorage.compressed", "false");
        // Datasets Spark writes itself (the ingest cache) commit through the S3A magic committer, never
        // through rename; the binding only takes effect where the class is present (spark-hadoop-cloud).
        if (classPresent(PATH_OUTPUT_COMMIT_PROTOCOL)) {
            conf.setIfMissing("spark.sql.sources.commitProtocolClass", PATH_OUTPUT_COMMIT_PROTOCOL);
            conf.setIfMissing("spark.sql.parquet.output.committer.class",
                    "org.apache.spark.internal.io.cloud.BindingParquetOutputCommitter");
            conf.setIfMissing("spark.hadoop.fs.s3a.committer.name", "magic");
            conf.setIfMissing("spark.hadoop.fs.s3a.committer.magic.enabled", "true");
        }
        extraConf.forEach(conf::set);
        return SparkSession.builder().config(conf).getOrCreate();
    }

    private static boolean classPresent(String name) {
        try {
            Class.forName(name, false, SparkSessions.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
