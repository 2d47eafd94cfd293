package org.trendfinder.pipeline.input;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Measures an ingest of a large folder; runs only with {@code -Dingest.scale.dir=<raw folder>} (and
 * {@code -Dingest.scale.out=<output>}), in its own local[2] session with Spark's default shuffle settings.
 */
class IngestScaleProbe {
    @Test
    void ingestsALargeFolder() {
        String in = System.getProperty("ingest.scale.dir");
        assumeTrue(in != null, "set -Dingest.scale.dir to run");
        String out = System.getProperty("ingest.scale.out", in + "-ingested");
        SparkSession spark = SparkSession.builder().master("local[2]").appName("ingest-probe")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().addSparkListener(new org.apache.spark.scheduler.SparkListener() {
            @Override
            public void onStageCompleted(org.apache.spark.scheduler.SparkListenerStageCompleted e) {
                var info = e.stageInfo();
                var m = info.taskMetrics();
                System.out.println("STAGE " + info.stageId() + " tasks=" + info.numTasks()
                        + " wall_ms=" + ((Long) info.completionTime().get() - (Long) info.submissionTime().get())
                        + " run_ms=" + m.executorRunTime() + " cpu_ms=" + m.executorCpuTime() / 1_000_000
                        + " in=" + m.inputMetrics().bytesRead() + " shuffle_w=" + m.shuffleWriteMetrics().bytesWritten()
                        + " spill=" + m.diskBytesSpilled() + " " + info.name());
            }
        });
        long start = System.nanoTime();
        InputReport report = Ingest.run(spark, in, out);
        long ingestMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        long rows = ProjectSource.load(spark, out).projects().count();
        long loadMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PROBE ingest_ms=" + ingestMs + " load_count_ms=" + loadMs + " rows=" + rows
                + " read=" + report.rowsRead() + " rejected=" + report.rowsRejected());
    }
}
