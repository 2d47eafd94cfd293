package org.trendfinder.pipeline.input;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.store.HadoopStoreFiles;
import org.trendfinder.pipeline.text.AnalyzerFingerprint;

/**
 * Raw DonorsChoose CSVs -> the normalized projects, with their texts' {@link AnalyzedWords}, as Parquet partitioned
 * by {@code posted_year}, then
 * {@code _ingest.json} (report, source, time) last. Files are written through Spark's output committer
 * (on S3 the S3A magic committer the job configures); nothing is renamed here.
 */
public final class Ingest {
    private Ingest() {
    }

    public static InputReport run(SparkSession spark, String inputUri, String outputUri) {
        // Qualified like the input: a path without a scheme is a local folder, never the cluster's default FS.
        String target = new InputLocation(outputUri, spark.sparkContext().hadoopConfiguration()).folder().toString();
        return RawInputs.read(spark, inputUri, ProjectColumns.TEXTS, input -> {
            try {
                HadoopStoreFiles out = new HadoopStoreFiles(target, spark.sparkContext().hadoopConfiguration());
                // A previous ingest's marker must not vouch for a half-written dataset.
                out.deleteAll(IngestManifest.FILE_NAME);
                Dataset<Row> projects = AnalyzedWords.add(input.projects());
                projects
                        // One file per year in each task: rows sorted by year within the (id-hashed) partitions.
                        .sortWithinPartitions(col(ProjectColumns.POSTED_YEAR))
                        .write()
                        .mode(SaveMode.Overwrite)
                        // A full ingest replaces the whole dataset: a year absent from the new input must not survive.
                        .option("partitionOverwriteMode", "static")
                        .partitionBy(ProjectColumns.POSTED_YEAR)
                        .parquet(target);
                InputReport report = input.report();
                IngestManifest manifest = new IngestManifest(IngestManifest.SCHEMA_VERSION, inputUri,
                        Instant.now().toString(), List.of(projects.columns()), report,
                        input.unavailable().isEmpty() ? null : input.unavailable(),
                        input.unavailablePlots().isEmpty() ? null : input.unavailablePlots(),
                        AnalyzerFingerprint.current());
                out.write(IngestManifest.FILE_NAME, manifest.toJson());
                return report;
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the ingested dataset to " + outputUri + ": "
                        + e.getMessage(), e);
            }
        });
    }
}
