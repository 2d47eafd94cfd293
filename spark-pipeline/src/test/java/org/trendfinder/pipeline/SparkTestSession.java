package org.trendfinder.pipeline;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import com.holdenkarau.spark.testing.JavaDatasetSuiteBase;

/**
 * The one local SparkSession all pipeline tests share (starting Spark costs seconds), and
 * spark-testing-base's Dataset comparisons bound to it.
 */
public final class SparkTestSession {

    private static SparkSession session;
    private static JavaDatasetSuiteBase comparisons;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            // spark-testing-base insists on creating the SparkContext itself: hand it our configuration.
            comparisons = new JavaDatasetSuiteBase() {
                @Override
                public SparkConf conf() {
                    return new SparkConf()
                            .setMaster("local[2]")
                            .setAppName("trendfinder-tests")
                            .set("spark.ui.enabled", "false")
                            .set("spark.sql.shuffle.partitions", "4")
                            .set("spark.default.parallelism", "4")
                            .set("spark.sql.session.timeZone", "UTC")
                            .set("spark.driver.host", "127.0.0.1")
                            .set("spark.sql.catalogImplementation", "in-memory");
                }

                @Override
                public boolean enableHiveSupport() {
                    return false;
                }
            };
            comparisons.runBefore();
            session = comparisons.spark();
        }
        return session;
    }

    /** spark-testing-base's comparisons, on the shared session. */
    public static synchronized JavaDatasetSuiteBase comparisons() {
        get();
        return comparisons;
    }

    /** Asserts two DataFrames hold the same rows in the same order with the same schema. */
    public static void assertDataFrameEquals(Dataset<Row> expected, Dataset<Row> actual) {
        comparisons().assertDataFrameEquals(expected, actual, comparisons().assertDataFrameEquals$default$3());
    }

    /** Asserts two DataFrames hold the same rows, numbers equal within {@code tolerance}. */
    public static void assertDataFrameApproximateEquals(Dataset<Row> expected, Dataset<Row> actual, double tolerance) {
        comparisons().assertDataFrameApproximateEquals(expected, actual, tolerance);
    }
}
