package org.trendfinder.pipeline.input;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.trendfinder.store.Plot;

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
 * @param persisted the copy in Spark's cache that {@code projects} reads (raw input), freed by {@link #release()}
 */
public record LoadedProjects(Dataset<Row> projects, InputReport report, String format, String source,
                             List<String> unavailable, Set<Plot> unavailablePlots,
                             Optional<Dataset<Row>> persisted) {
    public static final String CSV = "csv";
    public static final String PARQUET = "parquet";

    public LoadedProjects(Dataset<Row> projects, InputReport report, String format, String source) {
        this(projects, report, format, source, List.of(), Set.of(), Optional.empty());
    }

    /** Frees the cached copy of raw input (an ingested dataset is read from its files each time). */
    public void release() {
        persisted.ifPresent(d -> d.unpersist(false));
    }
}
