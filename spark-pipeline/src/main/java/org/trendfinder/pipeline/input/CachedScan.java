package org.trendfinder.pipeline.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A persisted dataset seen through a plan of one leaf: its cached rows, without the plan that computed them.
 * <p>
 * Raw CSV input is validated and joined by a plan of hundreds of nodes (four parses, rejection tags, joins,
 * duplicate checks). Every later query over the cached projects carried that tree, and Spark analyzed,
 * canonicalized and matched it against the cache again for each of a run's ~40 jobs: 1 to 1.5 s of driver time
 * between jobs whatever the data size, 0.1 to 0.4 s through this scan (event logs of a raw run). Reading the
 * cache through an RDD leaf keeps its data and its fault tolerance (a lost cached block is recomputed from the
 * full lineage) while the plans built on top stay small.
 */
final class CachedScan {
    private CachedScan() {
    }

    /** @param persisted a dataset already persisted (and best materialized) */
    static Dataset<Row> of(SparkSession spark, Dataset<Row> persisted) {
        // select("*") gets a query of its own, so it is planned against the cache that now holds the rows
        Dataset<Row> scan = persisted.select("*");
        return spark.internalCreateDataFrame(scan.queryExecution().toRdd(), scan.schema(), false);
    }
}
