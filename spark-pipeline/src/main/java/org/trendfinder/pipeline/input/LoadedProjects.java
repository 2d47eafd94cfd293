package org.trendfinder.pipeline.input;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The normalized projects and how they were obtained.
 *
 * @param projects exactly the {@link ProjectColumns} columns (plus the school flags the input carries)
 * @param report   what was read and rejected (from {@code _ingest.json} for an ingested dataset)
 * @param format   {@code "csv"} (raw DonorsChoose folder) or {@code "parquet"} (ingested dataset)
 * @param source   the folder read
 * @param unavailable what the input variant does not carry, one note each ({@link RawInput#unavailable()}):
 *                 the manifest lists them, and a step needing such a column can tell "unknown" from "absent"
 * @param unavailablePlots plots the variant cannot feed ({@link RawInput#unavailablePlots()}), left out of runs
 */
public record LoadedProjects(Dataset<Row> projects, InputReport report, String format, String source,
                             java.util.List<String> unavailable,
                             java.util.Set<org.trendfinder.store.Plot> unavailablePlots) {
    public static final String CSV = "csv";
    public static final String PARQUET = "parquet";

    public LoadedProjects(Dataset<Row> projects, InputReport report, String format, String source) {
        this(projects, report, format, source, java.util.List.of(), java.util.Set.of());
    }
}
