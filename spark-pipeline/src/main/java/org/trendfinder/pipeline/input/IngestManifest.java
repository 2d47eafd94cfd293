package org.trendfinder.pipeline.input;

import java.io.IOException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code _ingest.json}, written after the Parquet dataset: its presence marks a complete ingest.
 *
 * @param schemaVersion {@link #SCHEMA_VERSION} of the writer
 * @param source        the raw folder that was ingested
 * @param ingestedAt    ISO instant (UTC) the dataset was completed
 * @param columns       the dataset's columns (ProjectColumns plus present school flags)
 * @param report        what was read and rejected
 * @param unavailable   what the input variant does not carry (absent in manifests of the 2018 files)
 * @param unavailablePlots the plots the variant cannot feed (absent for the 2018 files)
 * @param analyzer      the {@link org.trendfinder.pipeline.text.AnalyzerFingerprint} of the {@link AnalyzedWords}
 *                      columns (absent in ingests that kept none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestManifest(int schemaVersion, String source, String ingestedAt, java.util.List<String> columns,
                             InputReport report, java.util.List<String> unavailable,
                             java.util.Set<org.trendfinder.store.Plot> unavailablePlots, String analyzer) {
    public static final int SCHEMA_VERSION = 1;
    public static final String FILE_NAME = "_ingest.json";

    public byte[] toJson() {
        try {
            return InputReport.json().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize " + FILE_NAME, e);
        }
    }

    /** Parses {@code _ingest.json}; {@code name} (its location) is used in the error message. */
    public static IngestManifest fromJson(String name, byte[] json) {
        try {
            IngestManifest m = InputReport.json().readValue(json, IngestManifest.class);
            if (m == null || m.report() == null) {
                throw new InputException(name + ": no input report");
            }
            return m;
        } catch (IOException e) {
            throw new InputException(name + ": not a valid " + FILE_NAME + ": " + e.getMessage(), e);
        }
    }
}
