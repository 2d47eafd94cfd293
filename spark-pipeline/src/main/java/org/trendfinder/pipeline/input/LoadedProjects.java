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
 */
public record LoadedProjects(Dataset<Row> projects, InputReport report, String format, String source) {
    public static final String CSV = "csv";
    public static final String PARQUET = "parquet";
}
