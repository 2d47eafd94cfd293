package org.trendfinder.pipeline.cli;

import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.trendfinder.pipeline.input.Ingest;
import org.trendfinder.pipeline.input.InputReport;
import org.trendfinder.pipeline.job.SparkSessions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ingest}: raw DonorsChoose CSVs to the normalized, partitioned Parquet dataset that {@code run} scans in parallel. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Normalizes the raw DonorsChoose CSV files (Projects, Resources, Schools, Teachers) into a "
                + "Parquet dataset partitioned by posting year, so every later run scans in parallel "
                + "(multi-line CSV cannot be split).",
                "Bad rows are counted by reason and kept out; a missing file or column stops the command."})
public final class IngestCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "URI",
            description = "Folder with Projects.csv, Resources.csv, Schools.csv, Teachers.csv (path, file://, s3a://, s3://).")
    String input;

    @Option(names = "--output", required = true, paramLabel = "URI", description = "Where to write the dataset.")
    String output;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file; flags override it.")
    String config;

    @Mixin
    SparkOptions spark;

    @Override
    public Integer call() {
        SparkSession session = SparkSessions.create("trendfinder-ingest", spark.master(), spark.conf());
        try {
            long started = System.nanoTime();
            InputReport report = Ingest.run(session, input, output);
            System.out.printf("ingested %s -> %s in %.1f s%n", input, output, (System.nanoTime() - started) / 1e9);
            System.out.println("rows read:     " + report.rowsRead());
            System.out.println("rows rejected: " + report.rowsRejected());
            return 0;
        } finally {
            session.stop();
        }
    }
}
