package org.trendfinder.pipeline;

import org.apache.spark.sql.SparkSession;

/** Placeholder entry point: replaced by the command-line interface. */
public final class Main {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[2]").appName("probe").getOrCreate();
        System.out.println("spark " + spark.version() + " count=" + spark.range(1000).count());
        spark.stop();
    }
}
